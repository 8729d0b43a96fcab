import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from './database.js';

export const migrationsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../migrations');

// A fixed key so that every instance of GreenBuild serialises on the same advisory lock.
const MIGRATION_LOCK_KEY = 7_212_2021;

export type MigrationReport = { applied: string[]; alreadyApplied: number };

/** Applies checked-in SQL migrations in name order, each in its own transaction, under an advisory lock. */
export async function migrate(database: Database, dir = migrationsDir): Promise<MigrationReport> {
  const files = fs
    .readdirSync(dir)
    .filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f))
    .sort();
  return database.withConnection(async (c) => {
    await c.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      await c.exec(`create table if not exists schema_migrations (
        name text primary key,
        applied_at timestamptz not null default now()
      )`);
      const done = new Set((await c.query<{ name: string }>('select name from schema_migrations')).rows.map((r) => r.name));
      const applied: string[] = [];
      for (const file of files) {
        if (done.has(file)) continue;
        const text = fs.readFileSync(path.join(dir, file), 'utf8');
        await c.exec('begin');
        try {
          await c.exec(text);
          await c.query('insert into schema_migrations(name) values ($1)', [file]);
          await c.exec('commit');
        } catch (err) {
          await c.exec('rollback');
          throw new Error(`Migration ${file} failed: ${(err as Error).message}`, { cause: err });
        }
        applied.push(file);
      }
      return { applied, alreadyApplied: done.size };
    } finally {
      await c.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  });
}
