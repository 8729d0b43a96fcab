import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { sql, type SQL } from 'drizzle-orm';
import pg from 'pg';

/** The Drizzle handle every store uses; the same type whether PGlite or PostgreSQL is underneath. */
export type Db = PgDatabase<PgQueryResultHKT, Record<string, never>>;
/** A transaction handle; stores accept `Db | Tx` so callers decide the transaction boundary. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

/** One dedicated connection, for work that must stay on one session (advisory locks, multi-statement DDL). */
export interface RawConnection {
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<{ rows: T[] }>;
  exec(text: string): Promise<void>;
}

export interface Database {
  kind: 'pglite' | 'postgres';
  db: Db;
  withConnection<T>(fn: (c: RawConnection) => Promise<T>): Promise<T>;
  /** LISTEN on a channel; NOTIFY from any instance (e.g. `select pg_notify(…)` in a transaction) arrives here. */
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
  /** PGlite only: the whole data directory as a tarball, for `loadDataDir`. */
  dump?(): Promise<Blob>;
}

export type DatabaseOptions = {
  databaseUrl?: string;
  dataDir?: string;
  memory?: boolean;
  poolSize?: number;
  /** PGlite only: start from this dump (`dumpDataDir`), e.g. a test template that is already migrated and seeded. */
  loadDataDir?: Blob;
};

/** Opens PGlite under DATA_DIR (or in memory) by default, PostgreSQL when a URL is given. */
export async function openDatabase(opts: DatabaseOptions): Promise<Database> {
  if (opts.databaseUrl) return openPostgres(opts.databaseUrl, opts.poolSize ?? 10);
  let dataPath = 'memory://';
  if (!opts.memory) {
    if (!opts.dataDir) throw new Error('dataDir is required for an on-disk PGlite database');
    dataPath = path.join(opts.dataDir, 'pglite');
    fs.mkdirSync(dataPath, { recursive: true });
  }
  const client = await PGlite.create({ dataDir: dataPath, ...(opts.loadDataDir ? { loadDataDir: opts.loadDataDir } : {}) });
  const db = drizzlePglite(client) as unknown as Db;
  const conn: RawConnection = {
    query: async (text, params) => ({ rows: (await client.query(text, params as never[])).rows as never[] }),
    exec: async (text) => {
      await client.exec(text);
    },
  };
  return {
    kind: 'pglite',
    db,
    withConnection: (fn) => fn(conn),
    listen: async (channel, onPayload) => {
      const stop = await client.listen(channel, onPayload);
      return async () => stop();
    },
    close: () => client.close(),
    dump: async () => client.dumpDataDir('none'),
  };
}

async function openPostgres(url: string, max: number): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max });
  // An idle client that loses its server (restart, network) emits 'error'; without a listener that kills the process.
  pool.on('error', () => undefined);
  const db = drizzlePg({ client: pool }) as unknown as Db;
  await pool.query('select 1');
  const listener = new PgListener(url);
  return {
    kind: 'postgres',
    db,
    withConnection: async (fn) => {
      const client = await pool.connect();
      // A connection that dies while checked out emits 'error' on the client; without a listener that crashes the process.
      const onError = () => undefined;
      client.on('error', onError);
      try {
        return await fn({
          query: async (text, params) => ({ rows: (await client.query(text, params)).rows }),
          exec: async (text) => {
            await client.query(text);
          },
        });
      } finally {
        client.off('error', onError);
        client.release();
      }
    },
    listen: (channel, onPayload) => listener.listen(channel, onPayload),
    close: async () => {
      await listener.close();
      await pool.end();
    },
  };
}

/**
 * One dedicated connection for LISTEN per process, re-established after a server restart,
 * so live updates survive a database blip without each subscriber managing its own client.
 */
class PgListener {
  private client: pg.Client | null = null;
  private connecting: Promise<pg.Client> | null = null;
  private readonly handlers = new Map<string, Set<(payload: string) => void>>();
  private closed = false;
  constructor(private readonly url: string) {}

  private async connect(): Promise<pg.Client> {
    if (this.client) return this.client;
    this.connecting ??= (async () => {
      const c = new pg.Client({ connectionString: this.url });
      c.on('notification', (n) => this.handlers.get(n.channel)?.forEach((h) => h(n.payload ?? '')));
      c.on('error', () => this.reconnectSoon());
      c.on('end', () => this.reconnectSoon());
      await c.connect();
      for (const ch of this.handlers.keys()) await c.query(`listen "${ch}"`);
      this.client = c;
      return c;
    })().finally(() => (this.connecting = null));
    return this.connecting;
  }

  private reconnectSoon() {
    this.client = null;
    if (this.closed) return;
    setTimeout(() => void this.connect().catch(() => this.reconnectSoon()), 1000).unref();
  }

  async listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>> {
    if (!/^[a-z0-9_]+$/.test(channel)) throw new Error(`bad channel name ${channel}`);
    let set = this.handlers.get(channel);
    const first = !set;
    if (!set) this.handlers.set(channel, (set = new Set()));
    set.add(onPayload);
    const c = await this.connect();
    if (first) await c.query(`listen "${channel}"`);
    return async () => {
      set!.delete(onPayload);
    };
  }

  async close() {
    this.closed = true;
    await this.client?.end().catch(() => undefined);
  }
}

/** Runs a raw SQL fragment and returns its rows, for queries the builder cannot express. */
export async function selectRows<T>(db: DbOrTx, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

export { sql };
