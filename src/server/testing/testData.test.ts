// The suite must run from a fresh clone: every file it reads is inside the repository (test/data), none beside it.
// This guard fails when code reaches for the programme's old side-by-side folder again, and when a data file has
// no recorded source.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TESTDATA_DIR } from './sharedData.js';

const root = path.resolve(fileURLToPath(new URL('../../../', import.meta.url)));
const CODE = /\.(ts|tsx|mts|cts|js|mjs|cjs|json)$/;
// Built from parts so this file does not match itself.
const OUTSIDE = new RegExp(['\\.\\./', 'shared\\b', '|', `['"]\\.\\.['"]\\s*,\\s*['"]`, `shared['"]`].join(''));

function codeFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.name === 'node_modules' || e.name === 'dist' || e.name.startsWith('.tmp')) return [];
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return codeFiles(p);
    return CODE.test(e.name) ? [p] : [];
  });
}

describe('test data inside the repository', () => {
  it('no source, test, script or CI file reads the shared folder beside the checkout', () => {
    const files = [
      ...['src', 'e2e', 'bench', 'scripts', 'test'].flatMap((d) => codeFiles(path.join(root, d))),
      ...['package.json', 'vitest.config.ts', 'vitest.e2e.config.ts', 'vite.config.ts', '.ci/run']
        .map((f) => path.join(root, f))
        .filter((f) => fs.existsSync(f)),
    ];
    expect(files.length).toBeGreaterThan(100);
    const offenders = files.filter((f) => OUTSIDE.test(fs.readFileSync(f, 'utf8'))).map((f) => path.relative(root, f));
    expect(offenders).toEqual([]);
    // The guard itself works.
    expect(OUTSIDE.test(`new URL('../../${'..'}/shared/testdata/x', import.meta.url)`)).toBe(true);
    expect(OUTSIDE.test(`path.join(root, '..', 'sh${''}ared')`)).toBe(true);
  });

  it('every data file is there and has its source in test/data/SOURCES.md', () => {
    const sources = fs.readFileSync(path.join(TESTDATA_DIR, 'SOURCES.md'), 'utf8');
    const files = fs
      .readdirSync(TESTDATA_DIR, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && e.name !== 'SOURCES.md');
    expect(files.map((e) => e.name).sort()).toEqual([
      'AC20-FZK-Haus.ifc',
      'ISSUE_021_Mini_Project.ifc',
      'IfcOpenHouse_IFC4.ifc',
      'duplex.ifc',
      'vectors.txt',
    ]);
    for (const e of files) expect(sources, e.name).toContain(e.name);
  });
});
