import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { loadConfig, type Config } from '../config.js';
import { openDatabase, type Database } from '../db/database.js';
import { migrate } from '../db/migrate.js';
import type { AppContext } from '../platform/context.js';
import { buildApp } from '../app.js';
import { bootstrap } from '../bootstrap.js';
import type { FastifyInstance } from 'fastify';

export const ADMIN_PASSWORD = 'Admin@12345';
export const DEMO_PASSWORD = 'Demo@2026';

export type ApiResponse<T = any> = { status: number; body: T; headers: Headers; text: string };

/** A small HTTP client that keeps its session cookie and sends Origin like a browser would. */
export class ApiClient {
  cookie?: string;
  constructor(
    readonly baseUrl: string,
    readonly headers: Record<string, string> = {},
  ) {}

  async request<T = any>(method: string, url: string, body?: unknown, headers: Record<string, string> = {}): Promise<ApiResponse<T>> {
    const h: Record<string, string> = { ...this.headers, ...headers };
    if (this.cookie) h.cookie = this.cookie;
    if (!['GET', 'HEAD'].includes(method)) h.origin ??= this.baseUrl;
    let payload: BodyInit | undefined;
    if (body instanceof Uint8Array || typeof body === 'string' || body instanceof FormData) payload = body as BodyInit;
    else if (body !== undefined) {
      payload = JSON.stringify(body);
      h['content-type'] ??= 'application/json';
    }
    const res = await fetch(this.baseUrl + url, { method, headers: h, body: payload, redirect: 'manual' });
    const setCookie = res.headers.getSetCookie?.() ?? [];
    for (const c of setCookie) if (c.startsWith('gb_session=')) this.cookie = c.split(';')[0];
    const text = await res.text();
    let parsed: unknown = text;
    if ((res.headers.get('content-type') ?? '').includes('json') && text) parsed = JSON.parse(text);
    return { status: res.status, body: parsed as T, headers: res.headers, text };
  }
  get<T = any>(url: string, headers?: Record<string, string>) {
    return this.request<T>('GET', url, undefined, headers);
  }
  post<T = any>(url: string, body?: unknown, headers?: Record<string, string>) {
    return this.request<T>('POST', url, body, headers);
  }
  patch<T = any>(url: string, body?: unknown, headers?: Record<string, string>) {
    return this.request<T>('PATCH', url, body, headers);
  }
  put<T = any>(url: string, body?: unknown, headers?: Record<string, string>) {
    return this.request<T>('PUT', url, body, headers);
  }
  delete<T = any>(url: string, headers?: Record<string, string>) {
    return this.request<T>('DELETE', url, undefined, headers);
  }
}

export type TestApp = {
  url: string;
  app: FastifyInstance;
  database: Database;
  config: Config;
  /** The app's context: e.g. its indicator registry, so a test can add indicators with known values. */
  ctx: AppContext;
  dataDir: string;
  client(headers?: Record<string, string>): ApiClient;
  login(username: string, password?: string): Promise<ApiClient>;
  close(): Promise<void>;
};

/** Where the run's template databases are (built once by databaseTemplates.ts, the unit tests' global setup):
 * PGlite dump files, or database names on the server named by DATABASE_URL. */
export type DatabaseTemplates = { migrated: string; demo: string };
declare module 'vitest' {
  export interface ProvidedContext {
    databaseTemplates: DatabaseTemplates | undefined;
  }
}

/** The templates when running under the unit tests' global setup; none in the browser tests, bench or a script. */
async function databaseTemplates(): Promise<DatabaseTemplates | undefined> {
  if (!process.env.VITEST) return undefined;
  const { inject } = await import('vitest');
  try {
    return inject('databaseTemplates');
  } catch {
    return undefined;
  }
}

/** Runs `run` on one connection to the server named by DATABASE_URL (for CREATE / DROP DATABASE). */
export async function onDatabaseServer<T>(run: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await c.connect();
  try {
    return await run(c);
  } finally {
    await c.end();
  }
}

/** A new database on the server named by DATABASE_URL, empty or a copy of `template` (which must have no connections). */
export async function createServerDatabase(
  prefix: string,
  template?: string,
): Promise<{ name: string; databaseUrl: string; drop(): Promise<void> }> {
  const name = `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`;
  await onDatabaseServer((c) => c.query(`create database ${name}${template ? ` template ${template}` : ''}`));
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `/${name}`;
  return {
    name,
    databaseUrl: url.toString(),
    drop: async () => {
      await onDatabaseServer((c) => c.query(`drop database if exists ${name} with (force)`));
    },
  };
}

/**
 * A fresh database for one test file: PGlite in memory by default, or a new database on the
 * PostgreSQL server named by DATABASE_URL (dropped again at close), so files never share rows.
 * `from` starts it as a copy of the run's migrated (or migrated and demo-seeded) template when there is one:
 * a copy costs a fraction of a second where migrating costs 3 s and seeding the demo 10 s on PGlite.
 */
export async function openTestDatabase(
  from?: 'migrated' | 'demo',
): Promise<{ database: Database; databaseUrl?: string; drop(): Promise<void> }> {
  const template = from ? (await databaseTemplates())?.[from] : undefined;
  if (!process.env.DATABASE_URL) {
    const loadDataDir = template ? new Blob([fs.readFileSync(template)]) : undefined;
    const database = await openDatabase({ memory: true, loadDataDir });
    return { database, drop: async () => undefined };
  }
  const created = await createServerDatabase('gb_test', template);
  const database = await openDatabase({ databaseUrl: created.databaseUrl, poolSize: 5 });
  return { database, databaseUrl: created.databaseUrl, drop: created.drop };
}

/** The configuration a test server runs with; `demo` seeds the demo accounts and data at bootstrap. */
export function testConfig(dataDir: string, databaseUrl: string | undefined, demo: boolean, env: Record<string, string> = {}): Config {
  return loadConfig({
    DATA_DIR: dataDir,
    DATABASE_URL: databaseUrl,
    GREENBUILD_ADMIN_PASSWORD: ADMIN_PASSWORD,
    GREENBUILD_DEMO: demo ? '1' : '0',
    GREENBUILD_DEMO_PASSWORD: DEMO_PASSWORD,
    LOG_LEVEL: 'silent',
    // Tests that need the HJ 212 / MQTT listeners turn them on with their own free ports.
    GREENBUILD_LISTENERS: '0',
    // A test is one client making hundreds of calls a minute; the tests of the limits set their own.
    RATE_LIMIT_PUBLIC_PER_MINUTE: '1000000',
    RATE_LIMIT_LOGIN_PER_MINUTE: '1000000',
    ...env,
  });
}

export async function startTestApp(opts: { demo?: boolean; env?: Record<string, string> } = {}): Promise<TestApp> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gb-test-'));
  const { database, databaseUrl, drop } = await openTestDatabase(opts.demo ? 'demo' : 'migrated');
  // A copy of a template is already migrated; migrating again only reads the journal.
  await migrate(database);
  const config = testConfig(dataDir, databaseUrl, !!opts.demo, opts.env);
  await bootstrap(config, database, () => undefined);
  const { app, ctx, shutdownHooks } = await buildApp(config, database, { logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    url,
    app,
    database,
    config,
    ctx,
    dataDir,
    client: (headers) => new ApiClient(url, headers),
    async login(username, password) {
      const c = new ApiClient(url);
      const res = await c.post('/api/auth/login', {
        username,
        password: password ?? (username === 'admin' ? ADMIN_PASSWORD : DEMO_PASSWORD),
      });
      if (res.status !== 200) throw new Error(`login ${username} failed: ${res.status} ${res.text}`);
      return c;
    },
    async close() {
      await app.close();
      for (const hook of shutdownHooks.reverse()) await hook();
      await database.close();
      await drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
