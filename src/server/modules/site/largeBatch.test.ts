// A batch near the documented HTTP ingest limit, in a file (and database) of its own: its 130,000 rows would otherwise
// be screened, rolled up and counted by the other site tests' jobs.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { selectRows, sql } from '../../db/database.js';
import { DEMO_PASSWORD, startTestApp, type TestApp } from '../../testing/harness.js';
import { seedDemo } from '../demo/index.js';
import { createProjectForTest, DEMO_ORGS } from '../projects/fixtures.js';

let t: TestApp;
let projectId: string;

beforeAll(async () => {
  t = await startTestApp({ demo: false });
  await seedDemo(t.database, DEMO_PASSWORD);
  projectId = await createProjectForTest(t.database.db, {
    ownerOrganisationName: DEMO_ORGS.hunanEnterprise,
    regionCode: 'hunan',
    name: '大批量补传测试项目',
  });
}, 240_000);
afterAll(async () => t?.close());

it('stores a batch of 130,000 readings (about 8 MB) and answers 200 with the counts', async () => {
  // Before: every row was committed, then `committed.push(...rows)` overflowed the stack and the client got a 500
  // (and re-sent what was stored), with the queue's room released twice.
  const hunan = await t.login('hunan.enterprise');
  const reg = await hunan.post(`/api/projects/${projectId}/devices`, {
    name: '大批量补传电表',
    kind: 'electricity_meter',
    protocols: ['http'],
  });
  expect(reg.status, reg.text).toBe(201);
  const meter = reg.body as { device: { id: string }; token: string };
  const start = Date.now() - 3 * 86_400_000;
  const readings = Array.from({ length: 130_000 }, (_, i) => ({
    metric: 'energy_kwh',
    time: new Date(start + i * 1000).toISOString(),
    value: i / 10,
  }));
  const body = JSON.stringify(readings);
  expect(body.length).toBeGreaterThan(8_000_000);
  const res = await t.client({ 'x-device-token': meter.token, 'content-type': 'application/json' }).post('/api/ingest/readings', body);
  expect([res.status, res.body]).toEqual([200, { stored: 130_000, duplicates: 0, rejected: 0, errors: [] }]);
  const [row] = await selectRows<{ n: number }>(
    t.database.db,
    sql`select count(*)::int as n from site_readings where device_id = ${meter.device.id}`,
  );
  expect(Number(row!.n)).toBe(130_000);
}, 180_000);
