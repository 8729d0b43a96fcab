// Global setup of the unit and integration tests: one migrated database and one migrated + demo-seeded database per
// run, which each test file's database starts as a copy of (harness.openTestDatabase). Migrating cost 3 s and seeding
// the demo 10 s per file on PGlite, in 27 and 11 files.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../config.js';
import { openDatabase, type Database } from '../db/database.js';
import { migrate } from '../db/migrate.js';
import { bootstrap } from '../bootstrap.js';
import { ADMIN_PASSWORD, DEMO_PASSWORD, type DatabaseTemplates } from './harness.js';

async function seedDemo(database: Database, dataDir: string, databaseUrl?: string) {
  const config = loadConfig({
    DATA_DIR: dataDir,
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    GREENBUILD_ADMIN_PASSWORD: ADMIN_PASSWORD,
    GREENBUILD_DEMO: '1',
    GREENBUILD_DEMO_PASSWORD: DEMO_PASSWORD,
    LOG_LEVEL: 'silent',
    GREENBUILD_LISTENERS: '0',
  });
  await bootstrap(config, database, () => undefined);
}

async function onServer<T>(base: string, run: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: base });
  await c.connect();
  try {
    return await run(c);
  } finally {
    await c.end();
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const started = Date.now();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gb-unit-templates-'));
  const base = process.env.DATABASE_URL;
  let templates: DatabaseTemplates;
  let remove: () => Promise<void>;
  if (!base) {
    const database = await openDatabase({ memory: true });
    await migrate(database);
    const migrated = path.join(dataDir, 'migrated.tar');
    fs.writeFileSync(migrated, Buffer.from(await (await database.dump!()).arrayBuffer()));
    await seedDemo(database, dataDir);
    const demo = path.join(dataDir, 'demo.tar');
    fs.writeFileSync(demo, Buffer.from(await (await database.dump!()).arrayBuffer()));
    await database.close();
    templates = { kind: 'pglite', migrated, demo };
    remove = async () => fs.rmSync(dataDir, { recursive: true, force: true });
  } else {
    const suffix = `${process.pid}_${randomBytes(3).toString('hex')}`;
    const names = { migrated: `gb_template_migrated_${suffix}`, demo: `gb_template_demo_${suffix}` };
    const urlOf = (name: string) => Object.assign(new URL(base), { pathname: `/${name}` }).toString();
    await onServer(base, (c) => c.query(`create database ${names.migrated}`));
    let database = await openDatabase({ databaseUrl: urlOf(names.migrated), poolSize: 2 });
    await migrate(database);
    await database.close();
    // A template may have no open connections while it is copied: the migrated one is closed before the demo copy.
    await onServer(base, (c) => c.query(`create database ${names.demo} template ${names.migrated}`));
    database = await openDatabase({ databaseUrl: urlOf(names.demo), poolSize: 2 });
    await seedDemo(database, dataDir, urlOf(names.demo));
    await database.close();
    templates = { kind: 'postgres', ...names };
    remove = async () => {
      await onServer(base, async (c) => {
        for (const name of Object.values(names)) await c.query(`drop database if exists ${name} with (force)`);
      });
      fs.rmSync(dataDir, { recursive: true, force: true });
    };
  }
  console.log(`test database templates (${templates.kind}) ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  project.provide('databaseTemplates', templates);
  return remove;
}
