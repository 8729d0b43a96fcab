// The demo tells one story (issue 20): facts a newcomer checks with the README's demo accounts, asserted on the seeded
// demo — live devices only on pilots under construction (实施中) and readings in the last hour once the simulator has
// run, waste and quality history inside each project's construction period, a processed BIM model, open expert work
// for every expert, open and overdue notices, and finished pilots with final evaluations dated in their own time.
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, startTestApp, type ApiClient, type TestApp } from '../../testing/harness.js';
import { selectRows, sql } from '../../db/database.js';
import { DemoSimulator } from '../../../../scripts/simulator.js';
import { demoUsers } from './seed.js';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

let t: TestApp;
let ministry: ApiClient;
type Project = { id: string; code: string; status: string; actualStart: string | null; actualFinish: string | null };
let projects: Project[];

beforeAll(async () => {
  const hjPort = await freePort();
  t = await startTestApp({
    demo: true,
    env: { GREENBUILD_LISTENERS: '1', HJ212_PORT: String(hjPort), MQTT_PORT: String(await freePort()), HOST: '127.0.0.1' },
  });
  ministry = await t.login('ministry');
  const res = await ministry.get('/api/projects?pageSize=500');
  expect(res.status).toBe(200);
  projects = (res.body.items as Project[]).filter((p) => /^(HN|SZ|CZ)-20\d\d-\d{3}$/.test(p.code));
}, 300_000);
afterAll(() => t?.close());

const devicesOf = async (projectId: string) =>
  (await ministry.get(`/api/projects/${projectId}/devices`)).body.items as Array<{ id: string; lastSeenAt: string | null }>;

describe('demo story', () => {
  it('has pilots under construction in all three regions, one at 申报 and finished ones', () => {
    const implementing = projects.filter((p) => p.status === 'implementing');
    expect(new Set(implementing.map((p) => p.code.slice(0, 2)))).toEqual(new Set(['HN', 'SZ', 'CZ']));
    expect(projects.some((p) => p.status === 'applied')).toBe(true);
    expect(projects.filter((p) => p.status === 'completed' || p.status === 'summarised').length).toBeGreaterThan(0);
  });

  it('puts devices on every 实施中 pilot and on no project at 申报 or finished', async () => {
    for (const p of projects) {
      const devices = await devicesOf(p.id);
      if (p.status === 'implementing') expect(devices.length, p.code).toBeGreaterThanOrEqual(1);
      else expect(devices.length, `${p.code} (${p.status})`).toBe(0);
    }
  });

  it('after the simulator ran a few seconds, every 实施中 pilot has readings in the last hour', async () => {
    const sim = new DemoSimulator({
      baseUrl: t.url,
      hj212Host: '127.0.0.1',
      hj212Port: t.config.hj212Port,
      password: DEMO_PASSWORD,
      noMqtt: true,
    });
    try {
      const driven = await sim.discover();
      const implementing = projects.filter((p) => p.status === 'implementing');
      // The simulator drives exactly the 实施中 pilots' devices.
      expect(new Set(driven.map((d) => d.projectId))).toEqual(new Set(implementing.map((p) => p.id)));
      await sim.runFor(3_000, 1_000);
      expect(sim.stats.errors).toBe(0);
      expect(sim.stats.http.acked).toBeGreaterThan(0);
      expect(sim.stats.hj212.acked).toBeGreaterThan(0);
    } finally {
      sim.close();
    }
    const hourAgo = Date.now() - 3_600_000;
    for (const p of projects.filter((x) => x.status === 'implementing')) {
      const devices = await devicesOf(p.id);
      const fresh = devices.filter((d) => d.lastSeenAt && new Date(d.lastSeenAt).getTime() > hourAgo);
      expect(fresh.length, p.code).toBe(devices.length);
      const [{ n }] = await selectRows<{ n: number }>(
        t.database.db,
        sql`select count(*)::int as n from site_readings r join site_devices d on d.id = r.device_id
             where d.project_id = ${p.id} and r.source <> 'seed' and r.time > now() - interval '1 hour'`,
      );
      expect(n, p.code).toBeGreaterThan(0);
    }
  }, 120_000);

  it('keeps manifests, waste records and quality records inside their project construction period', async () => {
    const outside = await selectRows<{ code: string; what: string; day: string }>(
      t.database.db,
      sql`select p.code, 'manifest' as what, (m.created_at at time zone 'Asia/Shanghai')::date::text as day
            from waste_manifests m join projects p on p.id = m.project_id
           where p.actual_start is null or (m.created_at at time zone 'Asia/Shanghai')::date < p.actual_start
              or (p.actual_finish is not null and (m.created_at at time zone 'Asia/Shanghai')::date > p.actual_finish)
          union all
          select p.code, 'waste record', r.record_date::text from waste_site_records r join projects p on p.id = r.project_id
           where p.actual_start is null or r.record_date < p.actual_start or (p.actual_finish is not null and r.record_date > p.actual_finish)
          union all
          select p.code, 'quality record', q.record_date::text from quality_records q join projects p on p.id = q.project_id
           where p.actual_start is null or q.record_date < p.actual_start or (p.actual_finish is not null and q.record_date > p.actual_finish)`,
    );
    expect(outside).toEqual([]);
    const [{ manifests, quality }] = await selectRows<{ manifests: number; quality: number }>(
      t.database.db,
      sql`select (select count(distinct project_id)::int from waste_manifests) as manifests,
                 (select count(distinct project_id)::int from quality_records) as quality`,
    );
    expect(manifests).toBeGreaterThanOrEqual(3);
    expect(quality).toBeGreaterThanOrEqual(3);
  });

  it('has a processed BIM model, so BIM coverage is above 0 on the 实施中 pilots of every region', async () => {
    const coverage = t.ctx.indicators.get('bim.coverage')!;
    const covered = new Set<string>();
    for (const p of projects.filter((x) => x.status === 'implementing')) {
      const v = await coverage.valueFor(t.database.db, p.id, new Date());
      if (v !== null && v > 0) covered.add(p.code.slice(0, 2));
    }
    expect(covered).toEqual(new Set(['HN', 'SZ', 'CZ']));
    const hn = projects.find((p) => p.code === 'HN-2021-009')!;
    const models = (await (await t.login('hunan.enterprise')).get(`/api/bim/models?projectId=${hn.id}`)).body.items as Array<{
      status: string;
      fileName: string;
    }>;
    expect(models.map((m) => [m.status, m.fileName])).toContainEqual(['ready', 'IfcOpenHouse_IFC4.ifc']);
  });

  it('gives every expert open work: 我的评价任务 and reviews', async () => {
    const experts = demoUsers.filter((u) => u.role === 'expert').map((u) => u.username);
    expect(experts).toEqual(['expert.wang', 'expert.li', 'expert.zhang', 'expert.chen']);
    for (const username of experts) {
      const c = await t.login(username);
      const mine = (await c.get('/api/evaluation/mine')).body.items as Array<{ myStatus: string; status: string }>;
      expect(
        mine.filter((e) => e.myStatus === 'assigned' && e.status === 'open').length,
        `${username} 我的评价任务`,
      ).toBeGreaterThanOrEqual(1);
      const reviews = (await c.get('/api/reviews')).body.items as Array<{ status: string }>;
      expect(reviews.length, `${username} reviews`).toBeGreaterThanOrEqual(1);
    }
  });

  it('has evaluations in progress on 实施中 pilots and closed final evaluations dated within finished pilots’ own time', async () => {
    const rows = await selectRows<{ code: string; status: string; kind: string; evaluated_on: string; closed_day: string | null }>(
      t.database.db,
      sql`select p.code, e.status, e.kind, e.evaluated_on::text as evaluated_on,
                 (e.closed_at at time zone 'Asia/Shanghai')::date::text as closed_day
            from evaluations e join projects p on p.id = e.project_id where p.is_demo`,
    );
    for (const p of projects.filter((x) => x.status === 'implementing'))
      expect(
        rows.some((r) => r.code === p.code && r.status === 'open'),
        p.code,
      ).toBe(true);
    for (const p of projects.filter((x) => x.status === 'completed' || x.status === 'summarised')) {
      const mine = rows.filter((r) => r.code === p.code);
      expect(mine.filter((r) => r.kind === 'final' && r.status === 'closed').length, p.code).toBe(1);
      for (const r of mine) {
        expect(r.evaluated_on <= p.actualFinish!, `${p.code} ${r.kind} ${r.evaluated_on}`).toBe(true);
        expect(r.closed_day! <= p.actualFinish!, `${p.code} ${r.kind} closed ${r.closed_day}`).toBe(true);
      }
    }
  });

  it('has notices open and overdue, and plans, on 实施中 pilots', async () => {
    const [{ open, overdue }] = await selectRows<{ open: number; overdue: number }>(
      t.database.db,
      sql`select count(*) filter (where n.status <> 'closed')::int as open,
                 count(*) filter (where n.status <> 'closed' and n.deadline < now())::int as overdue
            from rectification_notices n`,
    );
    expect(open).toBeGreaterThan(0);
    expect(overdue).toBeGreaterThan(0);
    const [{ plans }] = await selectRows<{ plans: number }>(
      t.database.db,
      sql`select count(distinct project_id)::int as plans from waste_plans`,
    );
    expect(plans).toBeGreaterThanOrEqual(3);
  });
});
