// `npm run verify` end to end: artefacts fetched from a running server, then checked offline by the script.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../testing/harness.js';
import { ledgerOf } from './ledger.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
let t: TestApp;
let dir: string;

function verify(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/verify.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { code: r.status, out: r.stdout + r.stderr };
}

beforeAll(async () => {
  t = await startTestApp();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gb-verify-'));
  const ledger = ledgerOf(t.database)!;
  for (let i = 0; i < 5; i++) await ledger.append(new TextEncoder().encode(`{"n":${i}}`));
  const old = (await t.client().get('/api/ledger/checkpoint')).text;
  for (let i = 5; i < 11; i++) await ledger.append(new TextEncoder().encode(`{"n":${i}}`));
  const c = t.client();
  fs.writeFileSync(path.join(dir, 'vkey.txt'), (await c.get('/api/ledger/vkey')).text);
  fs.writeFileSync(path.join(dir, 'checkpoint.txt'), (await c.get('/api/ledger/checkpoint')).text);
  fs.writeFileSync(path.join(dir, 'old.txt'), old);
  fs.writeFileSync(path.join(dir, 'entry.json'), Buffer.from(await (await fetch(`${t.url}/api/ledger/entries/7`)).arrayBuffer()));
  fs.writeFileSync(path.join(dir, 'proof.json'), (await c.get('/api/ledger/proof/inclusion?index=7&treeSize=11')).text);
  fs.writeFileSync(path.join(dir, 'consistency.json'), (await c.get('/api/ledger/proof/consistency?from=5&to=11')).text);
}, 60_000);
afterAll(async () => {
  await t?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('npm run verify', () => {
  const f = (name: string) => path.join(dir, name);

  it('verifies a checkpoint, an entry, its inclusion proof and a consistency proof offline', () => {
    const r = verify(
      '--vkey',
      f('vkey.txt'),
      '--checkpoint',
      f('checkpoint.txt'),
      '--entry',
      f('entry.json'),
      '--index',
      '7',
      '--proof',
      f('proof.json'),
      '--old-checkpoint',
      f('old.txt'),
      '--consistency',
      f('consistency.json'),
      '--origin',
      'greenbuild.local/quality-ledger',
    );
    expect(r.out).toContain('✓ entry 7 is included in the tree of size 11 (4 proof hashes)');
    expect(r.out).toContain('✓ tree 11 is an append-only extension of tree 5');
    expect(r.out).toContain('VERIFIED');
    expect(r.code).toBe(0);
  });

  it('accepts the bundle the public page downloads', () => {
    const bundle = {
      vkey: fs.readFileSync(f('vkey.txt'), 'utf8').trim(),
      checkpoint: fs.readFileSync(f('checkpoint.txt'), 'utf8'),
      index: 7,
      entry: fs.readFileSync(f('entry.json')).toString('base64'),
      proof: JSON.parse(fs.readFileSync(f('proof.json'), 'utf8')).hashes,
    };
    fs.writeFileSync(f('bundle.json'), JSON.stringify(bundle));
    const r = verify(f('bundle.json'));
    expect(r.code).toBe(0);
    expect(r.out).toContain('VERIFIED');
  });

  it('fails with exit 1 for an altered entry, a wrong index or a forged checkpoint', () => {
    fs.writeFileSync(f('bad-entry.json'), '{"n":70}');
    const a = verify(
      '--vkey',
      f('vkey.txt'),
      '--checkpoint',
      f('checkpoint.txt'),
      '--entry',
      f('bad-entry.json'),
      '--index',
      '7',
      '--proof',
      f('proof.json'),
    );
    expect(a.code).toBe(1);
    expect(a.out).toMatch(/✗ inclusion proof leads to root [0-9a-f]{64}, not the signed root/);
    const b = verify(
      '--vkey',
      f('vkey.txt'),
      '--checkpoint',
      f('checkpoint.txt'),
      '--entry',
      f('entry.json'),
      '--index',
      '6',
      '--proof',
      f('proof.json'),
    );
    expect(b.code).toBe(1);
    fs.writeFileSync(f('forged.txt'), fs.readFileSync(f('checkpoint.txt'), 'utf8').replace('\n11\n', '\n12\n'));
    const c = verify(
      '--vkey',
      f('vkey.txt'),
      '--checkpoint',
      f('forged.txt'),
      '--entry',
      f('entry.json'),
      '--index',
      '7',
      '--proof',
      f('proof.json'),
    );
    expect(c.code).toBe(1);
    expect(c.out).toContain('✗ checkpoint: invalid signature');
    const d = verify('--vkey', f('vkey.txt'));
    expect(d.code).toBe(2);
  });
});
