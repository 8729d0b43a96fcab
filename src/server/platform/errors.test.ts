// The central error handler over a real database: constraint violations and bad values answer 400/409 with the field
// path, and a statement that fails is logged with its SQL but never with its parameter values (issue 19 item 9).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { sql } from 'drizzle-orm';
import { buildApp, type BuiltApp } from '../app.js';
import { bootstrap } from '../bootstrap.js';
import { migrate } from '../db/migrate.js';
import { ApiClient, openTestDatabase, testConfig } from '../testing/harness.js';
import type { Database } from '../db/database.js';

const SECRET = 'value-that-must-not-be-logged-7f3a';
const logLines: string[] = [];
let built: BuiltApp;
let database: Database;
let drop: () => Promise<void>;
let dataDir: string;
let client: ApiClient;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gb-errors-'));
  ({ database, drop } = await openTestDatabase('migrated'));
  await migrate(database);
  const config = testConfig(dataDir, undefined, false, { LOG_LEVEL: 'info' });
  await bootstrap(config, database, () => undefined);
  const logStream = new Writable({
    write(chunk, _enc, done) {
      logLines.push(String(chunk));
      done();
    },
  });
  built = await buildApp(config, database, { logStream });
  const db = database.db;
  await db.execute(
    sql`create table error_probe (id int primary key, region_code text references regions(code), n int check (n > 0), on_day date, ref uuid)`,
  );
  // Routes that hand the body to the database unchecked, as a store with a missed rule would.
  const probe = z.object({
    id: z.number(),
    regionCode: z.string().optional(),
    n: z.number().optional(),
    onDay: z.string().optional(),
    ref: z.string().optional(),
  });
  built.app.post('/api/error-probe', { config: { access: 'public' }, schema: { body: probe } }, async (req) => {
    const b = req.body as z.infer<typeof probe>;
    await db.transaction((tx) =>
      tx.execute(sql`insert into error_probe values (${b.id}, ${b.regionCode ?? null}, ${b.n ?? 1}, ${b.onDay ?? null}, ${b.ref ?? null})`),
    );
    return { ok: true };
  });
  built.app.post('/api/error-probe/broken', { config: { access: 'public' } }, async () => {
    await db.execute(sql`select * from no_such_table where secret = ${SECRET}`);
    return { ok: true };
  });
  await built.app.listen({ port: 0, host: '127.0.0.1' });
  const address = built.app.server.address();
  client = new ApiClient(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`);
});

afterAll(async () => {
  await built?.app.close();
  for (const hook of built?.shutdownHooks.reverse() ?? []) await hook();
  await database?.close();
  await drop?.();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function expectRefused(body: unknown, status: number, path: string, code: string, lang = 'zh-CN') {
  const res = await client.post('/api/error-probe', body, { 'accept-language': lang });
  expect(res.status, res.text).toBe(status);
  expect(res.body.error.details).toEqual([{ path, code, message: expect.any(String) }]);
  return res;
}

describe('constraint violations the schema did not catch', () => {
  it('foreign key (23503) → 400 at the referencing field, in the user’s language', async () => {
    const zh = await expectRefused({ id: 1, regionCode: SECRET }, 400, 'regionCode', 'reference_unknown');
    expect(zh.body.error.details[0].message).toBe('引用的数据不存在');
    const en = await expectRefused({ id: 1, regionCode: SECRET }, 400, 'regionCode', 'reference_unknown', 'en');
    expect(en.body.error.details[0].message).toBe('Refers to something that does not exist');
    expect(zh.text).not.toContain(SECRET);
  });
  it('unique (23505) → 409 at the key', async () => {
    expect((await client.post('/api/error-probe', { id: 2 })).status).toBe(200);
    const res = await expectRefused({ id: 2 }, 409, 'id', 'value_taken');
    expect(res.body.error.code).toBe('conflict');
  });
  it('check (23514) → 400', async () => {
    await expectRefused({ id: 3, n: -1 }, 400, '', 'value_not_allowed');
  });
  it('bad values (22008 date overflow, 22007 date format, 22P02 text representation) → 400', async () => {
    await expectRefused({ id: 4, onDay: '2026-02-30' }, 400, '', 'value_invalid');
    await expectRefused({ id: 5, onDay: 'yesterday-ish' }, 400, '', 'value_invalid');
    await expectRefused({ id: 6, ref: 'not-a-uuid' }, 400, '', 'value_invalid');
  });
});

describe('logging a failed statement', () => {
  it('keeps the SQL and SQLSTATE, never the parameter values', async () => {
    const res = await client.post('/api/error-probe/broken', {});
    expect(res.status).toBe(500);
    await expectRefused({ id: 7, regionCode: SECRET }, 400, 'regionCode', 'reference_unknown');
    const all = logLines.join('');
    expect(all).toContain('no_such_table');
    expect(all).toContain('42P01');
    expect(all).toContain('23503');
    expect(all).not.toContain(SECRET);
  });
});

describe('errorForLog', () => {
  it('drops params from a Drizzle-style message, its stack and its causes, and passes other values through', async () => {
    const { errorForLog } = await import('./errors.js');
    const driver = Object.assign(new Error('violates foreign key constraint'), {
      code: '23503',
      detail: `Key (region_code)=(${SECRET})`,
      params: [SECRET],
    });
    const wrapped = Object.assign(new Error(`Failed query: insert into x values ($1)\nparams: ${SECRET}`), {
      query: 'insert into x values ($1)',
      params: [SECRET],
      cause: driver,
    });
    const out = JSON.stringify(errorForLog(wrapped));
    expect(out).toContain('insert into x values ($1)');
    expect(out).toContain('23503');
    expect(out).not.toContain(SECRET);
    expect(errorForLog(`Failed query: select 1\nparams: ${SECRET}` as never)).toBe('Failed query: select 1');
    const cyclic = new Error('a') as Error & { cause?: unknown };
    cyclic.cause = cyclic;
    expect(() => JSON.stringify(errorForLog(cyclic))).not.toThrow();
  });
});
