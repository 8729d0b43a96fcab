// Global setup of the unit and integration tests: one migrated database and one migrated + demo-seeded database per
// run, which each test file's database starts as a copy of (harness.openTestDatabase). Migrating cost 3 s and seeding
// the demo 10 s per file on PGlite, in 27 and 11 files.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDatabase, type Database } from '../db/database.js';
import { migrate } from '../db/migrate.js';
import { bootstrap } from '../bootstrap.js';
import { createServerDatabase, testConfig, type DatabaseTemplates } from './harness.js';

const seedDemo = (database: Database, dataDir: string, databaseUrl?: string) =>
  bootstrap(testConfig(dataDir, databaseUrl, true), database, () => undefined);

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const started = Date.now();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gb-unit-templates-'));
  let templates: DatabaseTemplates;
  let drop = async () => undefined as void;
  if (!process.env.DATABASE_URL) {
    const database = await openDatabase({ memory: true });
    const dumpTo = async (file: string) => {
      fs.writeFileSync(file, Buffer.from(await (await database.dump!()).arrayBuffer()));
      return file;
    };
    await migrate(database);
    const migrated = await dumpTo(path.join(dataDir, 'migrated.tar'));
    await seedDemo(database, dataDir);
    templates = { migrated, demo: await dumpTo(path.join(dataDir, 'demo.tar')) };
    await database.close();
  } else {
    const migrated = await createServerDatabase('gb_template_migrated');
    let database = await openDatabase({ databaseUrl: migrated.databaseUrl, poolSize: 2 });
    await migrate(database);
    // A template may have no open connections while it is copied: the migrated one is closed before the demo copy.
    await database.close();
    const demo = await createServerDatabase('gb_template_demo', migrated.name);
    database = await openDatabase({ databaseUrl: demo.databaseUrl, poolSize: 2 });
    await seedDemo(database, dataDir, demo.databaseUrl);
    await database.close();
    templates = { migrated: migrated.name, demo: demo.name };
    drop = async () => {
      await migrated.drop();
      await demo.drop();
    };
  }
  console.log(
    `test database templates (${process.env.DATABASE_URL ? 'postgres' : 'pglite'}) ready in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  project.provide('databaseTemplates', templates);
  return async () => {
    await drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
