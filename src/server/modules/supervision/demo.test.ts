import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { selectRows } from '../../db/database.js';
import { DEMO_PASSWORD, startTestApp, type TestApp } from '../../testing/harness.js';
import { seedDemo } from '../demo/index.js';
import { projectsDemoSeeder } from '../projects/index.js';
import { supervisionDemoSeeder } from './demo.js';

let t: TestApp;
const opts = { password: DEMO_PASSWORD, log: () => undefined };
const counts = async () =>
  (
    await selectRows<Record<string, number>>(
      t.database.db,
      sql`select (select count(*) from inspections)::int as inspections, (select count(*) from rectification_notices)::int as notices,
                 (select count(*) from support_records)::int as support, (select count(*) from cost_measures)::int as measures`,
    )
  )[0]!;

beforeAll(async () => {
  t = await startTestApp();
  await seedDemo(t.database, DEMO_PASSWORD);
});
afterAll(async () => t?.close());

describe('supervision demo seeder', () => {
  it('does nothing without demo projects, then seeds once after the projects seeder', async () => {
    await supervisionDemoSeeder.seed(t.database, opts);
    expect(await counts()).toEqual({ inspections: 0, notices: 0, support: 0, measures: 0 });
    await projectsDemoSeeder.seed(t.database, opts);
    await supervisionDemoSeeder.seed(t.database, opts);
    const first = await counts();
    expect(first.inspections).toBeGreaterThan(6);
    expect(first.notices).toBeGreaterThan(6);
    expect(first.support).toBe(12);
    await supervisionDemoSeeder.seed(t.database, opts);
    expect(await counts()).toEqual(first);
    const reg = await t.login('hunan.regulator');
    const dash = (await reg.get('/api/supervision/dashboard')).body;
    expect(dash.bySeverity.serious).toBe(1);
    expect(dash.overdueNotices).toBe(2);
    expect(dash.stopWorkProjects).toBe(1);
  });
});
