// Each registered indicator gives the same figure as its own module's page for the same date, on the demo data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type ApiClient, type TestApp } from '../../testing/harness.js';
import { demoProjects } from '../projects/index.js';
import type { IndicatorRegistry } from '../../platform/indicators.js';
import { roundHalfUp } from '../../../domain/rounding.js';
import { bimCoverage, bimStageCoverage } from '../bim/index.js';
import { prefabRatio } from '../prefab/index.js';

let t: TestApp;
let admin: ApiClient;
let registry: IndicatorRegistry;
let ids: string[];

beforeAll(async () => {
  t = await startTestApp({ demo: true });
  admin = await t.login('admin');
  registry = t.ctx.indicators;
  ids = (await demoProjects(t.database.db)).map((p) => p.id);
}, 300_000);
afterAll(async () => t?.close());

const value = (key: string, projectId: string, asOf: Date) => registry.get(key)!.valueFor(t.database.db, projectId, asOf);

describe('registered indicators equal the modules’ own figures', () => {
  it('waste: intensity, recycling and manifest confirmation = the project waste page', async () => {
    const asOf = new Date('2026-06-30T15:59:59.999Z');
    let withData = 0;
    for (const id of ids) {
      const page = await admin.get(`/api/projects/${id}/waste?asOf=${encodeURIComponent(asOf.toISOString())}`);
      expect(page.status).toBe(200);
      const hasRecords = page.body.intensity.tonnes + page.body.intensity.excludedTonnes > 0;
      if (hasRecords) withData++;
      expect(await value('waste.intensity', id, asOf)).toBe(hasRecords ? page.body.intensity.intensity : null);
      expect(await value('waste.recyclingRate', id, asOf)).toBe(page.body.recycling.ratePercent);
      expect(await value('waste.manifestConfirmationRate', id, asOf)).toBe(page.body.confirmation.ratePercent);
    }
    expect(withData).toBeGreaterThan(0);
  });

  it('site: PM10, noise and online rates (in %) = the project site page', async () => {
    let withDevices = 0;
    for (const id of ids) {
      const page = await admin.get(`/api/projects/${id}/site`);
      const now = new Date();
      const pct = (r: number | null) => (r === null ? null : roundHalfUp(r * 100, 2));
      if (page.body.devices.length) withDevices++;
      expect(await value('site.pm10ExceedanceRate', id, now)).toBe(pct(page.body.indicators.pm10ExceedanceRate));
      expect(await value('site.noiseExceedanceRate', id, now)).toBe(pct(page.body.indicators.noiseExceedanceRate));
      expect(await value('site.deviceOnlineRate', id, now)).toBe(pct(page.body.indicators.deviceOnlineRate));
    }
    expect(withDevices).toBeGreaterThan(0);
  });

  it('quality: record count = current records listed; verified share = 100 % once the monitor has checked the log', async () => {
    // Two records on the first project (the demo may or may not have appended its own trail).
    for (const subject of ['HRB400E 钢筋 Φ20', 'C30 混凝土试块']) {
      const r = await admin.post(`/api/projects/${ids[0]}/quality/records`, {
        kind: 'material_inspection',
        recordDate: '2026-03-02',
        subject,
        result: 'pass',
      });
      expect(r.status, r.text).toBe(201);
    }
    const before = await value('quality.ledgerVerifiedShare', ids[0]!, new Date());
    expect(before === null || before < 100).toBe(true);
    const check = await admin.post('/api/ledger/check', { budget: 1_000_000 });
    expect(check.body.ok).toBe(true);
    let withRecords = 0;
    for (const id of ids) {
      const list = await admin.get(`/api/projects/${id}/quality/records?current=1&pageSize=1`);
      const now = new Date();
      expect(await value('quality.recordCount', id, now)).toBe(list.body.total);
      if (list.body.total) withRecords++;
      expect(await value('quality.ledgerVerifiedShare', id, now)).toBe(list.body.total ? 100 : null);
      // Before any checkpoint existed nothing was verified.
      if (list.body.total) expect(await value('quality.ledgerVerifiedShare', id, new Date('2000-01-01T00:00:00Z'))).toBeNull();
    }
    expect(withRecords).toBeGreaterThan(0);
  });

  it('components, prefab and carbon = their project pages', async () => {
    for (const id of ids) {
      const now = new Date();
      const comp = await admin.get(`/api/projects/${id}/components/summary`);
      expect(comp.status).toBe(200);
      expect(await value('prefab.standardisationRate', id, now)).toBe(
        comp.body.rate === null ? null : roundHalfUp(comp.body.rate * 100, 1),
      );
      const prefab = await admin.get(`/api/projects/${id}/prefab`);
      expect(await value('prefab.ratio', id, now)).toBe(prefab.body.saved ? prefab.body.result.P : null);
      expect(await value('prefab.ratio', id, now)).toBe((await prefabRatio(t.database.db, id, now))?.P ?? null);
      const carbon = await admin.get(`/api/projects/${id}/carbon?asOf=${encodeURIComponent(now.toISOString())}`);
      const perM2 = await value('carbon.embodiedPerM2', id, now);
      if (perM2 !== null) expect(perM2).toBe(carbon.body.result.perM2);
    }
  });

  it('bim: coverage by stage follows its rule', async () => {
    for (const id of ids) expect(await value('bim.coverage', id, new Date())).toBe((await bimCoverage(t.database.db, id))!.percent);
    // Worked example: started 2024-03-01, finished 2025-09-10; models uploaded 2024-01-20 (design) and 2024-06-01 (construction).
    const schedule = { start: '2024-03-01', finish: '2025-09-10' };
    expect(bimStageCoverage(schedule, ['2024-01-20', '2024-06-01'], '2024-02-01')).toEqual({
      reached: ['design'],
      covered: ['design'],
      percent: 100,
    });
    expect(bimStageCoverage(schedule, ['2024-01-20', '2024-06-01'], '2024-05-01')).toEqual({
      reached: ['design', 'construction'],
      covered: ['design'],
      percent: 50,
    });
    expect(bimStageCoverage(schedule, ['2024-01-20', '2024-06-01'], '2025-10-01')).toEqual({
      reached: ['design', 'construction', 'delivery'],
      covered: ['design', 'construction'],
      percent: 66.7,
    });
    expect(bimStageCoverage({ start: null, finish: null }, [], '2025-10-01')).toEqual({ reached: ['design'], covered: [], percent: 0 });
  });
});
