import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenAPI3 } from 'openapi-typescript';
import { startTestApp, type TestApp } from '../server/testing/harness.js';
import { compareTypes, renderTypes, schemaFile } from '../../scripts/api-types.js';

// The committed src/client/schema.d.ts must be what the served OpenAPI document generates; CI runs
// `npm run api:types -- --check`, and these tests show that check passing on the committed file and failing on a stale one.
let t: TestApp;
let generated: string;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gb-schema-'));
beforeAll(async () => {
  t = await startTestApp();
  const doc = (await t.client().get('/api/openapi.json')).body as OpenAPI3;
  generated = await renderTypes(doc);
}, 240_000);
afterAll(async () => {
  await t?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('generated API types', () => {
  it('the committed file matches the served document', () => {
    expect(compareTypes(schemaFile, generated)).toEqual({ ok: true });
  });

  it('a stale copy fails the check with the first differing line', () => {
    const stale = path.join(dir, 'stale.d.ts');
    // As if someone renamed a field on the server without regenerating: the web would still compile against `regionCode`.
    fs.writeFileSync(stale, generated.replace('regionCode: string;', 'regionCodeOld: string;'));
    const result = compareTypes(stale, generated);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(
      /stale\.d\.ts is stale: .*first difference at line \d+\)\.\n {2}committed: regionCodeOld: string;\n {2}generated: regionCode: string;\nRun `npm run api:types`/,
    );
    expect(compareTypes(path.join(dir, 'missing.d.ts'), generated)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/missing\.d\.ts is missing/),
    });
  });

  it('the CI command exits 1 on a stale file', async () => {
    const stale = path.join(dir, 'stale-cli.d.ts');
    fs.writeFileSync(stale, generated.replace('regionCode: string;', 'regionCodeOld: string;'));
    const run = promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/api-types.ts', '--check', '--file', stale], {
      cwd: path.resolve(import.meta.dirname, '../..'),
    });
    const failure = await run.then(
      () => null,
      (e: { code: number; stderr: string }) => e,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toContain('is stale');
    expect(failure?.stderr).toContain('committed: regionCodeOld: string;');
  }, 240_000);
});
