import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../testing/harness.js';
import { DEMO_PROJECT_WITHOUT_PLAN } from './demo.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ demo: true });
}, 300_000);
afterAll(async () => t?.close());

describe('planning and practices demo', () => {
  it('gives every pilot an approved plan except one Hunan pilot; two changes wait for review', async () => {
    const hunan = await (await t.login('hunan.enterprise')).get('/api/planning/plans');
    const none = hunan.body.items.filter(
      (i: { status: string; projectStatus: string }) =>
        i.status === 'none' && ['selected', 'implementing', 'completed', 'summarised'].includes(i.projectStatus),
    );
    expect(none.map((i: { name: string }) => i.name)).toEqual([DEMO_PROJECT_WITHOUT_PLAN]);
    expect(hunan.body.items.filter((i: { status: string }) => i.status === 'approved')).toHaveLength(10);
    const ministry = await (await t.login('ministry')).get('/api/planning/plans?status=submitted');
    expect(
      ministry.body.items.map((i: { regionCode: string; workingVersion: number; approvedVersion: number }) => [
        i.regionCode,
        i.workingVersion,
        i.approvedVersion,
      ]),
    ).toEqual([
      ['changzhou', 2, 1],
      ['shenzhen', 2, 1],
    ]);
  });

  it('links demo targets to the registered indicators and compares them with live values', async () => {
    const c = await t.login('hunan.enterprise');
    const list = await c.get('/api/planning/plans?status=approved');
    const plan = await c.get(`/api/planning/projects/${list.body.items[0].projectId}/plan`);
    expect(plan.status).toBe(200);
    const linked = plan.body.current.aspects.flatMap((a: { targets: Array<{ indicatorKey: string | null }> }) =>
      a.targets.filter((x) => x.indicatorKey),
    );
    expect(linked.length).toBeGreaterThan(3);
    for (const x of linked as Array<{
      indicatorKey: string;
      indicatorName: string | null;
      actual: number | null;
      met: boolean | null;
      targetValue: number;
      direction: string;
    }>) {
      expect(x.indicatorName, x.indicatorKey).not.toBeNull();
      if (x.actual === null) expect(x.met).toBeNull();
      else expect(x.met).toBe(x.direction === 'lowerIsBetter' ? x.actual <= x.targetValue : x.actual >= x.targetValue);
    }
  });

  it('publishes six practices across the three regions', async () => {
    const res = await t.client().get('/api/public/practices');
    expect(res.body.total).toBe(6);
    expect([...new Set(res.body.items.map((i: { regionCode: string }) => i.regionCode))].sort()).toEqual([
      'changzhou',
      'hunan',
      'shenzhen',
    ]);
    expect(res.body.items.every((i: { projects: unknown[] }) => i.projects.length > 0)).toBe(true);
  });
});
