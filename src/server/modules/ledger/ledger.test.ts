import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { selectRows } from '../../db/database.js';
import { openDatabase, type Database } from '../../db/database.js';
import { loadConfig } from '../../config.js';
import { buildApp } from '../../app.js';
import { startTestApp, type ApiClient, type TestApp } from '../../testing/harness.js';
import { decodeBase64, toHex } from '../../../domain/ledger/bytes.js';
import { openCheckpoint } from '../../../domain/ledger/checkpoint.js';
import { generateSignerKey, parseVerifierKey } from '../../../domain/ledger/note.js';
import {
  consistencyProofFromLeafHashes,
  emptyRoot,
  inclusionProofFromLeafHashes,
  leafHash,
  rootFromLeafHashes,
  verifyConsistency,
  verifyInclusion,
} from '../../../domain/ledger/merkle.js';
import { Ledger, LedgerKeyMismatchError, ledgerOf, registerLedger } from './ledger.js';
import { DEFAULT_LEDGER_ORIGIN, loadLogKey } from './signingKey.js';

const enc = new TextEncoder();
const entry = (i: number) => enc.encode(JSON.stringify({ n: i, note: `entry ${i}` }));
const b64 = (s: string) => decodeBase64(s)!;

function flipBit(bytes: Uint8Array, bit: number): Uint8Array {
  const out = new Uint8Array(bytes);
  out[bit >> 3] ^= 1 << (bit & 7);
  return out;
}

describe('ledger API over a log grown one entry at a time to 64', () => {
  let t: TestApp;
  let anon: ApiClient;
  let vkey: string;
  const leaves: Uint8Array[] = [];
  const roots = new Map<number, Uint8Array>();

  beforeAll(async () => {
    t = await startTestApp();
    anon = t.client();
    vkey = (await anon.get('/api/ledger/vkey')).text.trim();
    const ledger = ledgerOf(t.database)!;
    // Sequential appends: one batch, so one signed checkpoint, per tree size.
    for (let i = 0; i < 64; i++) {
      const appended = await ledger.append(entry(i));
      expect(appended).toMatchObject({ index: i, treeSize: i + 1 });
      leaves.push(leafHash(entry(i)));
    }
    for (let size = 1; size <= 64; size++) {
      const res = await anon.get(`/api/ledger/checkpoints/${size}`);
      expect(res.status).toBe(200);
      const cp = openCheckpoint(res.text, vkey, { origin: DEFAULT_LEDGER_ORIGIN });
      expect(cp.size).toBe(size);
      roots.set(size, cp.root);
    }
  });
  afterAll(async () => t?.close());

  it('publishes the verifier key in signed-note vkey format and a C2SP checkpoint', async () => {
    expect(vkey).toMatch(/^greenbuild\.local\/quality-ledger\+[0-9a-f]{8}\+[A-Za-z0-9+/]{44}$/);
    const key = parseVerifierKey(vkey);
    // base64 may itself contain '+': the key is everything after the second separator.
    expect(b64(vkey.split('+').slice(2).join('+'))[0]).toBe(0x01);
    expect(key.name).toBe(DEFAULT_LEDGER_ORIGIN);
    const res = await anon.get('/api/ledger/checkpoint');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    const lines = res.text.split('\n');
    expect(lines[0]).toBe(DEFAULT_LEDGER_ORIGIN);
    expect(lines[1]).toBe('64');
    expect(lines[2]).toBe(Buffer.from(rootFromLeafHashes(leaves)).toString('base64'));
    expect(lines[3]).toBe('');
    expect(lines[4]).toMatch(/^\u2014 greenbuild\.local\/quality-ledger [A-Za-z0-9+/]+=*$/);
    expect(openCheckpoint(res.text, vkey).size).toBe(64);
    // The empty log had its own signed checkpoint before the first entry.
    const zero = openCheckpoint((await anon.get('/api/ledger/checkpoints/0')).text, vkey);
    expect(toHex(zero.root)).toBe(toHex(emptyRoot()));
  });

  it('serves the exact entry bytes that were hashed', async () => {
    const res = await fetch(`${t.url}/api/ledger/entries/17`);
    expect(res.status).toBe(200);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(Buffer.from(bytes).toString()).toBe('{"n":17,"note":"entry 17"}');
    expect(toHex(leafHash(bytes))).toBe(toHex(leaves[17]));
    expect((await anon.get('/api/ledger/entries/64')).status).toBe(404);
  });

  it('inclusion proofs for every index of every tree size 1..64 verify against the signed roots and equal RFC 6962 PATH', async () => {
    let checked = 0;
    for (let size = 1; size <= 64; size++) {
      expect(toHex(roots.get(size)!)).toBe(toHex(rootFromLeafHashes(leaves.slice(0, size))));
      const results = await Promise.all(
        Array.from({ length: size }, (_, index) => anon.get(`/api/ledger/proof/inclusion?index=${index}&treeSize=${size}`)),
      );
      results.forEach((res, index) => {
        expect(res.status).toBe(200);
        const proof = (res.body.hashes as string[]).map(b64);
        expect(proof.map(toHex)).toEqual(inclusionProofFromLeafHashes(index, leaves.slice(0, size)).map(toHex));
        expect(verifyInclusion(leaves[index], index, size, proof, roots.get(size)!)).toBe(true);
        checked++;
      });
    }
    expect(checked).toBe((64 * 65) / 2);
  }, 180_000);

  it('consistency proofs between every pair of sizes 1..64 verify and equal RFC 6962 PROOF', async () => {
    let checked = 0;
    for (let to = 1; to <= 64; to++) {
      const results = await Promise.all(
        Array.from({ length: to }, (_, k) => anon.get(`/api/ledger/proof/consistency?from=${k + 1}&to=${to}`)),
      );
      results.forEach((res, k) => {
        const from = k + 1;
        expect(res.status).toBe(200);
        const proof = (res.body.hashes as string[]).map(b64);
        expect(proof.map(toHex)).toEqual(consistencyProofFromLeafHashes(from, leaves.slice(0, to)).map(toHex));
        expect(verifyConsistency(from, to, proof, roots.get(from)!, roots.get(to)!)).toBe(true);
        checked++;
      });
    }
    expect(checked).toBe((64 * 65) / 2);
  }, 180_000);

  it('a single flipped bit in a served proof, root or entry fails verification', async () => {
    for (const [index, size] of [
      [0, 1],
      [5, 13],
      [12, 13],
      [31, 64],
      [63, 64],
      [40, 47],
    ] as const) {
      const proof = ((await anon.get(`/api/ledger/proof/inclusion?index=${index}&treeSize=${size}`)).body.hashes as string[]).map(b64);
      const root = roots.get(size)!;
      for (let bit = 0; bit < 256; bit += 37) {
        expect(verifyInclusion(flipBit(leaves[index], bit), index, size, proof, root)).toBe(false);
        expect(verifyInclusion(leaves[index], index, size, proof, flipBit(root, bit))).toBe(false);
        for (let k = 0; k < proof.length; k++) {
          const bad = [...proof];
          bad[k] = flipBit(proof[k], bit);
          expect(verifyInclusion(leaves[index], index, size, bad, root)).toBe(false);
        }
      }
      // The proof for a neighbour's position does not carry over.
      if (size > 1) expect(verifyInclusion(leaves[index], (index + 1) % size, size, proof, root)).toBe(false);
    }
    const proof = ((await anon.get('/api/ledger/proof/consistency?from=20&to=64')).body.hashes as string[]).map(b64);
    for (let k = 0; k < proof.length; k++) {
      const bad = [...proof];
      bad[k] = flipBit(proof[k], 100);
      expect(verifyConsistency(20, 64, bad, roots.get(20)!, roots.get(64)!)).toBe(false);
    }
    expect(verifyConsistency(20, 64, proof, flipBit(roots.get(20)!, 7), roots.get(64)!)).toBe(false);
  });

  it('a flipped bit in a signed checkpoint breaks its signature', async () => {
    const note = (await anon.get('/api/ledger/checkpoint')).text;
    const tampered = note.replace('\n64\n', '\n65\n');
    expect(() => openCheckpoint(tampered, vkey)).toThrow(/invalid signature/);
  });

  it('answers 400 with the field for impossible proof requests, in zh-CN and en', async () => {
    const a = await anon.get('/api/ledger/proof/inclusion?index=64&treeSize=64');
    expect(a.status).toBe(400);
    expect(a.body.error.details).toEqual([{ path: 'index', code: 'index_beyond_tree', message: '条目序号必须小于树大小 64' }]);
    const b = await anon.get('/api/ledger/proof/inclusion?index=1&treeSize=65', { 'accept-language': 'en' });
    expect(b.status).toBe(400);
    expect(b.body.error.details).toEqual([
      { path: 'treeSize', code: 'tree_size_beyond_log', message: 'Tree size is beyond the log (currently 64 entries)' },
    ]);
    const c = await anon.get('/api/ledger/proof/consistency?from=10&to=5');
    expect(c.body.error.details[0]).toMatchObject({ path: 'from', code: 'from_after_to' });
    const d = await anon.get('/api/ledger/proof/inclusion?index=abc');
    expect(d.status).toBe(400);
    expect(d.body.error.details[0].path).toBe('index');
    expect((await anon.get('/api/ledger/checkpoints/65')).status).toBe(404);
  });

  it('refuses to open the same database with a different signing key', async () => {
    const other = new Ledger(t.database.db, generateKeyPair(DEFAULT_LEDGER_ORIGIN));
    await expect(other.open()).rejects.toBeInstanceOf(LedgerKeyMismatchError);
  });
});

/** A fresh log key loaded the way production loads LEDGER_SIGNING_KEY. */
function generateKeyPair(origin: string) {
  return loadLogKey(loadConfig({ DATA_DIR: '/nonexistent', LEDGER_SIGNING_KEY: generateSignerKey(origin).signerKey }));
}

describe('integrity check: rows altered behind the application', () => {
  let t: TestApp;
  let admin: ApiClient;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('admin');
    const ledger = ledgerOf(t.database)!;
    await Promise.all(Array.from({ length: 20 }, (_, i) => ledger.append(entry(i))));
  });
  afterAll(async () => t?.close());

  const check = async () => {
    const res = await admin.post('/api/ledger/check', {});
    expect(res.status).toBe(200);
    return res.body;
  };

  it('passes on an untouched log and records the run in the public status', async () => {
    const report = await check();
    expect(report).toMatchObject({ treeSize: 20, entriesChecked: 20, ok: true, findings: [], window: [0, 20] });
    expect(report.nodesChecked).toBe(10 + 5 + 2 + 1);
    const status = (await t.client().get('/api/ledger/status')).body;
    expect(status).toMatchObject({ treeSize: 20, openAlarms: 0, lastCheck: { ok: true, entriesChecked: 20 } });
  });

  it('the database itself refuses UPDATE and DELETE on log rows', async () => {
    await expect(t.database.db.execute(sql`update ledger_entries set body = 'x'::bytea where idx = 3`)).rejects.toThrow();
    await expect(t.database.db.execute(sql`delete from ledger_nodes where level = 0 and idx = 3`)).rejects.toThrow();
  });

  it('detects an entry altered with the guard switched off, raises an alarm and shows it', async () => {
    await t.database.db.execute(sql`alter table ledger_entries disable trigger ledger_entries_append_only`);
    await t.database.db.execute(
      sql`update ledger_entries set body = convert_to('{"n":5,"note":"entry 5 (edited)"}', 'UTF8') where idx = 5`,
    );
    await t.database.db.execute(sql`alter table ledger_entries enable trigger ledger_entries_append_only`);

    const report = await check();
    expect(report.ok).toBe(false);
    expect(report.findings).toEqual([{ kind: 'entry_altered', level: 0, index: 5, detail: 'entry 5 no longer hashes to its leaf hash' }]);

    const status = (await t.client().get('/api/ledger/status')).body;
    expect(status.openAlarms).toBe(1);
    expect(status.lastCheck.ok).toBe(false);
    const alarms = (await admin.get('/api/ledger/alarms?open=1')).body;
    expect(alarms.total).toBe(1);
    expect(alarms.items[0]).toMatchObject({ kind: 'entry_altered', index: 5, treeSize: 20 });

    // Running again does not duplicate an open alarm.
    await check();
    expect((await admin.get('/api/ledger/alarms?open=1')).body.total).toBe(1);
    // Only staff see the alarm list; the public sees the count.
    expect((await t.client().get('/api/ledger/alarms')).status).toBe(401);
  });

  it('detects an entry rewritten together with its leaf hash through the parent node', async () => {
    const forged = enc.encode('{"n":8,"note":"forged"}');
    await t.database.db.execute(sql`alter table ledger_entries disable trigger ledger_entries_append_only`);
    await t.database.db.execute(sql`alter table ledger_nodes disable trigger ledger_nodes_append_only`);
    await t.database.db.execute(sql`update ledger_entries set body = decode(${toHex(forged)}, 'hex') where idx = 8`);
    await t.database.db.execute(sql`update ledger_nodes set hash = decode(${toHex(leafHash(forged))}, 'hex') where level = 0 and idx = 8`);
    await t.database.db.execute(sql`alter table ledger_entries enable trigger ledger_entries_append_only`);
    await t.database.db.execute(sql`alter table ledger_nodes enable trigger ledger_nodes_append_only`);
    const report = await check();
    expect(report.findings).toContainEqual({ kind: 'node_altered', level: 1, index: 4, detail: 'node (1, 4) does not match its children' });
    expect(report.findings.some((f: { kind: string; index: number }) => f.kind === 'entry_altered' && f.index === 8)).toBe(false);
  });

  it('detects a rewritten subtree whose root no longer matches the next signed checkpoint', async () => {
    // Rewrite node (4, 0) consistently with nothing: new checkpoints appended after it must be refused by the monitor.
    await t.database.db.execute(sql`alter table ledger_nodes disable trigger ledger_nodes_append_only`);
    await t.database.db.execute(
      sql`update ledger_nodes set hash = decode(${toHex(new Uint8Array(32).fill(7))}, 'hex') where level = 4 and idx = 0`,
    );
    await t.database.db.execute(sql`alter table ledger_nodes enable trigger ledger_nodes_append_only`);
    // The next append's checkpoint is signed over the rewritten node, so the check compares against history.
    await ledgerOf(t.database)!.append(entry(20));
    const report = await check();
    expect(report.findings.map((f: { kind: string }) => f.kind)).toContain('inconsistent');
  });

  it('lets an administrator acknowledge an alarm, audited', async () => {
    const alarms = (await admin.get('/api/ledger/alarms?open=1')).body;
    const id = alarms.items[0].id;
    expect((await admin.post(`/api/ledger/alarms/${id}/acknowledge`)).status).toBe(204);
    expect((await admin.post(`/api/ledger/alarms/${id}/acknowledge`)).status).toBe(404);
    const audit = await selectRows<{ action: string }>(
      t.database.db,
      sql`select action from audit_log where action = 'ledger.alarm_acknowledged'`,
    );
    expect(audit).toHaveLength(1);
  });
});

describe('one writer: concurrent appenders never fork the log', () => {
  const key = generateSignerKey(DEFAULT_LEDGER_ORIGIN);
  let t: TestApp;
  let second: { database: Database; close(): Promise<void> } | null = null;
  beforeAll(async () => {
    t = await startTestApp({ env: { LEDGER_SIGNING_KEY: key.signerKey } });
    if (t.config.databaseUrl) {
      // A second application instance on the same PostgreSQL database, as behind a load balancer.
      const database = await openDatabase({ databaseUrl: t.config.databaseUrl, poolSize: 5 });
      const { app, shutdownHooks } = await buildApp({ ...t.config }, database, { logger: false });
      await app.ready();
      second = {
        database,
        close: async () => {
          await app.close();
          for (const h of shutdownHooks.reverse()) await h();
          await database.close();
        },
      };
    } else {
      // PGlite is one process: a second Ledger with its own queue still has to take the same lock.
      const other = new Ledger(t.database.db, loadLogKey(t.config));
      await other.open();
      second = { database: { ...t.database }, close: async () => undefined };
      registerLedger(second.database, other);
    }
  });
  afterAll(async () => {
    await second?.close();
    await t?.close();
  });

  it('interleaved appends from two instances get distinct, sequential indices and consistent checkpoints', async () => {
    const a = ledgerOf(t.database)!;
    const b = ledgerOf(second!.database)!;
    expect(a).not.toBe(b);
    const results = await Promise.all(Array.from({ length: 300 }, (_, i) => (i % 2 ? a : b).append(entry(i)).then((r) => ({ ...r, i }))));
    const indices = results.map((r) => r.index).sort((x, y) => x - y);
    expect(indices).toEqual(Array.from({ length: 300 }, (_, i) => i));

    // Every entry is stored at the index it was told, and the checkpoints form one chain.
    const rows = await selectRows<{ idx: string; body: unknown }>(
      t.database.db,
      sql`select e.idx::text as idx, e.body from ledger_entries e order by e.idx`,
    );
    expect(rows).toHaveLength(300);
    for (const r of results) expect(Buffer.from(rows[r.index].body as Uint8Array).toString()).toBe(Buffer.from(entry(r.i)).toString());

    const sizes = (
      await selectRows<{ size: string }>(t.database.db, sql`select c.size::text as size from ledger_checkpoints c order by c.size`)
    ).map((r) => Number(r.size));
    expect(sizes[0]).toBe(0);
    expect(sizes[sizes.length - 1]).toBe(300);
    const anon = t.client();
    let prev: { size: number; root: Uint8Array } | null = null;
    for (const size of sizes) {
      const cp = openCheckpoint((await anon.get(`/api/ledger/checkpoints/${size}`)).text, key.verifierKey);
      if (prev) {
        expect(cp.size).toBeGreaterThan(prev.size);
        const proof = ((await anon.get(`/api/ledger/proof/consistency?from=${prev.size}&to=${cp.size}`)).body.hashes as string[]).map(b64);
        expect(verifyConsistency(prev.size, cp.size, proof, prev.root, cp.root)).toBe(true);
      }
      prev = cp;
    }
    // Each resolved append is included in the tree its own checkpoint signed.
    for (const r of results.slice(0, 30)) {
      const cp = openCheckpoint(r.checkpoint, key.verifierKey);
      const proof = ((await anon.get(`/api/ledger/proof/inclusion?index=${r.index}&treeSize=${cp.size}`)).body.hashes as string[]).map(b64);
      expect(verifyInclusion(leafHash(entry(r.i)), r.index, cp.size, proof, cp.root)).toBe(true);
    }
    const admin = await t.login('admin');
    expect((await admin.post('/api/ledger/check', {})).body).toMatchObject({ ok: true, treeSize: 300, entriesChecked: 300 });
  });
});
