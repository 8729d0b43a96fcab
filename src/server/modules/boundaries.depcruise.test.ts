// The boundary check itself can fail: a deliberate deep import into another module's store is reported by
// dependency-cruiser with the project's configuration (.dependency-cruiser.cjs), and an import through index.ts is not.
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');
const probes: string[] = [];

/** Runs depcruise on one file (and what it imports directly) and returns its exit code and report. */
function cruise(relativePath: string, source: string) {
  const file = join(root, relativePath);
  probes.push(file);
  writeFileSync(file, source);
  const run = spawnSync(
    process.execPath,
    [
      join(root, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs'),
      '--config',
      '.dependency-cruiser.cjs',
      '--max-depth',
      '1',
      '--output-type',
      'err',
      relativePath,
    ],
    {
      cwd: root,
      encoding: 'utf8',
      timeout: 120_000,
    },
  );
  return { status: run.status, report: `${run.stdout}${run.stderr}` };
}

afterAll(() => {
  for (const f of probes) rmSync(f, { force: true });
});

describe('npm run boundaries', { timeout: 180_000 }, () => {
  it('fails on a deep import into another module’s store', () => {
    const { status, report } = cruise(
      'src/server/modules/waste/boundaryProbeDeep.ts',
      "export { allProjects } from '../projects/store.js';\n",
    );
    expect(report).toContain('module-deep-import');
    expect(report).toContain('src/server/modules/projects/store.ts');
    expect(status).not.toBe(0);
  });

  it('passes an import through the other module’s index.ts', () => {
    const { status, report } = cruise(
      'src/server/modules/waste/boundaryProbeIndex.ts',
      "export { allProjects } from '../projects/index.js';\n",
    );
    expect(report).not.toContain('module-deep-import');
    expect(status).toBe(0);
  });
});
