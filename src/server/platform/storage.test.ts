// The object store, against both implementations: the local directory (the default) and a real S3-protocol server
// (s3rver) started by this test. The same contract runs on each; then files through the HTTP API, the outage path
// (503 + Retry-After, no row without its object, /api/health), the orphan sweep and the start-up check.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { selectRows } from '../db/database.js';
import { startS3Server, type S3Server } from '../testing/s3.js';
import { DEMO_PASSWORD, startTestApp, testConfig, type ApiClient, type TestApp } from '../testing/harness.js';
import { createOrganisation, createUser } from '../modules/accounts/index.js';
import { createProjectForTest } from '../modules/projects/fixtures.js';
import { loadConfig } from '../config.js';
import { start } from '../main.js';
import { ObjectKeyspaces, openObjectStore, StorageUnavailable, sweepOrphans, type ObjectStore } from './storage.js';
import { attachmentKeyspaces } from './objectSweep.js';

let s3: S3Server;
let scratchRoot: string;
beforeAll(async () => {
  s3 = await startS3Server();
  scratchRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'gb-storage-'));
});
afterAll(async () => {
  await s3?.close();
  fs.rmSync(scratchRoot, { recursive: true, force: true });
});

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
async function readAll(r: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of r) chunks.push(Buffer.from(c as Uint8Array));
  return Buffer.concat(chunks);
}
function scratchWith(objects: ObjectStore, bytes: Uint8Array): string {
  fs.mkdirSync(objects.scratchDir, { recursive: true });
  const file = path.join(objects.scratchDir, randomUUID());
  fs.writeFileSync(file, bytes);
  return file;
}

const stores: Array<[string, () => ObjectStore]> = [
  ['local directory', () => openObjectStore(fs.mkdtempSync(path.join(scratchRoot, 'local-')), loadConfig({}).storage)],
  [
    's3 (s3rver)',
    () =>
      openObjectStore(
        fs.mkdtempSync(path.join(scratchRoot, 's3-')),
        // 5 MB: the smallest multipart threshold, so a 20 MB file goes up in parts.
        loadConfig({ ...s3.env(`contract-${randomUUID().slice(0, 8)}`), STORAGE_MULTIPART_MB: '5' }).storage,
      ),
  ],
];

describe.each(stores)('ObjectStore contract: %s', (_label, make) => {
  let objects: ObjectStore;
  beforeAll(async () => {
    objects = make();
    await objects.check();
  });

  it('stores a file whole, consumes the scratch file, and streams it back with its size', async () => {
    const bytes = randomBytes(70_000);
    const file = scratchWith(objects, bytes);
    await objects.putFile('quality/p1/a.pdf', file);
    expect(fs.existsSync(file)).toBe(false);
    const got = await objects.get('quality/p1/a.pdf');
    expect(got!.size).toBe(bytes.length);
    expect(sha(await readAll(got!.body))).toBe(sha(bytes));
    expect(await objects.head('quality/p1/a.pdf')).toMatchObject({ key: 'quality/p1/a.pdf', size: bytes.length });
  });

  it('answers null for a missing object (not an outage) and deletes idempotently', async () => {
    expect(await objects.get('quality/p1/none')).toBeNull();
    expect(await objects.head('quality/p1/none')).toBeNull();
    expect(await objects.getToFile('quality/p1/none', path.join(objects.scratchDir, 'x'))).toBe(false);
    await objects.delete('quality/p1/none');
    const file = scratchWith(objects, Buffer.from('x'));
    await objects.putFile('quality/p1/gone', file);
    await objects.delete('quality/p1/gone');
    await objects.delete('quality/p1/gone');
    expect(await objects.head('quality/p1/gone')).toBeNull();
  });

  it('sends a large file in parts (multipart on S3) and copies it to a local file byte for byte', async () => {
    const bytes = randomBytes(20 * 1024 * 1024 + 123);
    await objects.putFile('bim/p1/m.ifc', scratchWith(objects, bytes));
    const copy = path.join(objects.scratchDir, 'copy.ifc');
    expect(await objects.getToFile('bim/p1/m.ifc', copy)).toBe(true);
    expect(fs.statSync(copy).size).toBe(bytes.length);
    expect(sha(fs.readFileSync(copy))).toBe(sha(bytes));
    fs.rmSync(copy);
  });

  it('replaces an object under the same key (a job run twice leaves one result)', async () => {
    await objects.putFile('bim/p1/m.geom', scratchWith(objects, Buffer.from('first attempt')));
    await objects.putFile('bim/p1/m.geom', scratchWith(objects, Buffer.from('second')));
    expect((await readAll((await objects.get('bim/p1/m.geom'))!.body)).toString()).toBe('second');
  });

  it('lists every object under a prefix with sizes', async () => {
    const listed = [];
    for await (const o of objects.list('quality/')) listed.push(o);
    expect(listed.map((o) => [o.key, o.size])).toEqual([['quality/p1/a.pdf', 70_000]]);
    const bim = [];
    for await (const o of objects.list('bim/p1/')) bim.push(o.key);
    expect(bim.sort()).toEqual(['bim/p1/m.geom', 'bim/p1/m.ifc']);
  });

  it('refuses keys that would leave the store', async () => {
    await expect(objects.get('../etc/passwd')).rejects.toThrow(/bad object key/);
    await expect(objects.putFile('/abs', scratchWith(objects, Buffer.from('x')))).rejects.toThrow(/bad object key/);
  });
});

describe('an S3 store that cannot be reached', () => {
  it('fails its check with StorageUnavailable (503, Retry-After) and says so in its state', async () => {
    const objects = openObjectStore(
      scratchRoot,
      loadConfig({ ...s3.env(), S3_ENDPOINT: 'http://127.0.0.1:1' }).storage, // nothing listens on port 1
    );
    const err = await objects.check().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StorageUnavailable);
    expect(err).toMatchObject({ statusCode: 503, code: 'object_storage_unavailable', retryAfterSeconds: 30 });
    expect(objects.state.available).toBe(false);
  });

  it('stops an instance at start with a message naming STORAGE_URL', async () => {
    const config = testConfig(scratchRoot, undefined, false, { ...s3.env('x'), S3_ENDPOINT: 'http://127.0.0.1:1' });
    await expect(start(config)).rejects.toThrow(/Object storage unreachable: STORAGE_URL=s3:\/\/greenbuild\/x/);
  });

  it('rejects a STORAGE_URL that is not s3://bucket/prefix at configuration time', () => {
    expect(() => loadConfig({ STORAGE_URL: 'http://bucket' })).toThrow(/STORAGE_URL="http:\/\/bucket": must be s3:\/\/bucket/);
  });
});

// ---------------------------------------------------------------- through the API, on S3

const PDF = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

describe('files through the API on S3', () => {
  let t: TestApp;
  let hunan: ApiClient;
  let shenzhen: ApiClient;
  let projectId: string;
  const prefix = `api-${randomUUID().slice(0, 8)}`;

  beforeAll(async () => {
    t = await startTestApp({ env: s3.env(prefix) });
    const actor = { id: null, name: 'test', role: null, ip: null };
    await t.database.db.transaction(async (tx) => {
      const hn = await createOrganisation(tx, actor, { name: '湖南建工（存储测试）', kind: 'enterprise', regionCode: 'hunan' });
      const sz = await createOrganisation(tx, actor, { name: '深圳建工（存储测试）', kind: 'enterprise', regionCode: 'shenzhen' });
      await createUser(tx, actor, {
        username: 'hn.storage',
        displayName: 'hn',
        role: 'enterprise',
        organisationId: hn.id,
        password: DEMO_PASSWORD,
      });
      await createUser(tx, actor, {
        username: 'sz.storage',
        displayName: 'sz',
        role: 'enterprise',
        organisationId: sz.id,
        password: DEMO_PASSWORD,
      });
    });
    projectId = await createProjectForTest(t.database.db, {
      ownerOrganisationName: '湖南建工（存储测试）',
      regionCode: 'hunan',
      name: '存储试点',
    });
    hunan = await t.login('hn.storage');
    shenzhen = await t.login('sz.storage');
  }, 120_000);
  afterAll(async () => {
    await s3.start();
    await t?.close();
  });

  const upload = (bytes: Uint8Array, name = '报告.pdf') => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(bytes)]), name);
    return hunan.post(`/api/projects/${projectId}/quality/attachments`, form);
  };
  const rowCount = async () =>
    Number((await selectRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from attachments`))[0]!.n);

  it('stores an upload in the bucket (not in DATA_DIR) and streams it back through the access check', async () => {
    expect(t.ctx.objects.kind).toBe('s3');
    const up = await upload(PDF);
    expect(up.status).toBe(201);
    const key = `quality/${projectId}/${up.body.id}`;
    expect(await t.ctx.objects.head(key)).toMatchObject({ size: PDF.length });
    expect(fs.existsSync(path.join(t.dataDir, key))).toBe(false);
    const dl = await hunan.get(`/api/projects/${projectId}/quality/attachments/${up.body.id}`);
    expect(dl.status).toBe(200);
    expect(dl.headers.get('content-length')).toBe(String(PDF.length));
    expect(dl.text).toBe(PDF.toString());
    // Another tenant: the same 404 as for a file that does not exist; the store is never asked.
    expect((await shenzhen.get(`/api/projects/${projectId}/quality/attachments/${up.body.id}`)).status).toBe(404);
    const health = await t.client().get('/api/health');
    expect(health.body).toMatchObject({ status: 'ok', storage: { kind: 's3', available: true } });
  });

  it('answers 503 with Retry-After while the store is down, writes no row, and reports it in /api/health', async () => {
    const before = await rowCount();
    await s3.stop();
    const res = await upload(PDF, 'down.pdf');
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('30');
    expect(res.body.error.code).toBe('object_storage_unavailable');
    expect(res.body.error.message).toBe('文件存储暂时不可用，请稍后重试');
    expect(await rowCount()).toBe(before);
    // Wait past the health probe's cache so it asks the store again.
    await new Promise((r) => setTimeout(r, 5_100));
    const health = await t.client().get('/api/health');
    expect(health.status).toBe(200);
    expect(health.body).toMatchObject({ status: 'degraded', storage: { kind: 's3', available: false } });
    // Nothing is left in this instance's scratch directory either.
    expect(fs.readdirSync(t.ctx.objects.scratchDir)).toEqual([]);
    await s3.start();
    expect((await upload(PDF, 'back.pdf')).status).toBe(201);
    expect(await rowCount()).toBe(before + 1);
  }, 60_000);

  it('the orphan sweep deletes objects no row names and keeps the rest', async () => {
    const orphanKey = `quality/${projectId}/${randomUUID()}`;
    const file = scratchWith(t.ctx.objects, PDF);
    await t.ctx.objects.putFile(orphanKey, file);
    const keyspaces = new ObjectKeyspaces();
    for (const k of attachmentKeyspaces(t.ctx)) keyspaces.register(k);
    const kept: string[] = [];
    for await (const o of t.ctx.objects.list('quality/')) if (o.key !== orphanKey) kept.push(o.key);
    expect(kept.length).toBe(2);
    // A grace period in the future protects everything (an upload whose row is still committing).
    expect(await sweepOrphans(t.ctx.objects, keyspaces, 3_600_000)).toBe(0);
    expect(await sweepOrphans(t.ctx.objects, keyspaces, -1000)).toBe(1);
    expect(await t.ctx.objects.head(orphanKey)).toBeNull();
    for (const key of kept) expect(await t.ctx.objects.head(key)).not.toBeNull();
  });
});

describe('npm run storage:migrate', () => {
  it('copies a DATA_DIR into the bucket under the same keys, verifies size and SHA-256, skips local-only files, and reruns idempotently', async () => {
    const dataDir = fs.mkdtempSync(path.join(scratchRoot, 'migrate-'));
    const files: Record<string, Buffer> = {
      'quality/p1/11111111-1111-4111-8111-111111111111': PDF,
      'bim/p1/m.ifc': randomBytes(300_000),
      'attachments/2026/a.pdf': PDF,
    };
    for (const [key, bytes] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dataDir, key)), { recursive: true });
      fs.writeFileSync(path.join(dataDir, key), bytes);
    }
    for (const local of ['ledger/signing.key', 'pglite/PG_VERSION', 'tmp/x.part', 'bim/tmp/y.part']) {
      fs.mkdirSync(path.dirname(path.join(dataDir, local)), { recursive: true });
      fs.writeFileSync(path.join(dataDir, local), 'local only');
    }
    const prefix = `migrate-${randomUUID().slice(0, 8)}`;
    const env = { ...process.env, ...s3.env(prefix), DATA_DIR: dataDir };
    const run = () => promisify(execFile)('node_modules/.bin/tsx', ['scripts/storage-migrate.ts'], { env });
    const first = await run();
    expect(first.stdout).toContain(`copied 3 objects (${300_000 + 2 * PDF.length} bytes), 0 already present and verified, 0 failed`);
    const objects = openObjectStore(scratchRoot, loadConfig(s3.env(prefix)).storage);
    const keys: string[] = [];
    for await (const o of objects.list('')) keys.push(o.key);
    expect(keys.sort()).toEqual(Object.keys(files).sort());
    for (const [key, bytes] of Object.entries(files)) expect(sha(await readAll((await objects.get(key))!.body))).toBe(sha(bytes));
    expect(fs.existsSync(path.join(dataDir, 'bim/p1/m.ifc'))).toBe(true); // the source stays as it was
    const again = await run();
    expect(again.stdout).toMatch(/copied 0 objects \(0 bytes\), 3 already present and verified, 0 failed/);
  }, 120_000);
});
