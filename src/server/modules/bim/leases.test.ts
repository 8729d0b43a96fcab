// BIM jobs that survive an instance: input and geometry in the object store (a real S3-protocol server here), the job
// claimed with a lease, taken over once the lease of a dead instance expires, re-run from the stored IFC, and its
// result written once whatever the number of attempts.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { selectRows } from '../../db/database.js';
import { startTestApp, type ApiClient, type TestApp } from '../../testing/harness.js';
import { startS3Server, type S3Server } from '../../testing/s3.js';
import { IFC_TESTDATA_DIR } from '../../testing/sharedData.js';
import { createProjectForTest, DEMO_ORGS } from '../projects/fixtures.js';
import { modelFiles } from './processing.js';
import * as store from './store.js';

const HOUSE = path.join(IFC_TESTDATA_DIR, 'IfcOpenHouse_IFC4.ifc');

let s3: S3Server;
let t: TestApp;
let hunan: ApiClient;
let projectId: string;

async function waitStatus(id: string, done: (m: any) => boolean, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const m = (await hunan.get(`/api/bim/models/${id}`)).body;
    if (done(m)) return m;
    if (Date.now() > deadline) throw new Error(`model ${id}: ${m.status} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 250));
  }
}
const rowOf = async (id: string) =>
  (
    await selectRows<{ status: string; attempts: number; lease_owner: string | null; element_count: number | null }>(
      t.database.db,
      sql`select status, attempts, lease_owner, element_count from bim_models where id = ${id}`,
    )
  )[0]!;
const elementStats = async (id: string) =>
  (
    await selectRows<{ n: number; distinct_ids: number; volume: number }>(
      t.database.db,
      sql`select count(*)::int as n, count(distinct express_id)::int as distinct_ids, coalesce(sum(volume), 0)::float8 as volume
            from bim_elements where model_id = ${id}`,
    )
  )[0]!;

beforeAll(async () => {
  s3 = await startS3Server();
  // A short lease so a dead instance's job is taken over within seconds.
  t = await startTestApp({ demo: true, env: { ...s3.env('bim-leases'), JOB_LEASE_SECONDS: '3' } });
  hunan = await t.login('hunan.enterprise');
  projectId = await createProjectForTest(t.database.db, {
    ownerOrganisationName: DEMO_ORGS.hunanEnterprise,
    regionCode: 'hunan',
    name: '长沙 BIM 租约试点',
  });
}, 180_000);
afterAll(async () => {
  await t?.close();
  await s3?.close();
});

describe('BIM jobs with leases, on S3', () => {
  let modelId: string;
  let first: { n: number; distinct_ids: number; volume: number };

  it('stores the IFC in the bucket before the row, processes it from there and stores the geometry beside it', async () => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(fs.readFileSync(HOUSE))]), 'IfcOpenHouse_IFC4.ifc');
    const up = await hunan.post(`/api/projects/${projectId}/bim/models`, form);
    expect(up.status).toBe(202);
    modelId = up.body.id;
    const keys = modelFiles(projectId, modelId);
    expect(await t.ctx.objects.head(keys.ifc)).toMatchObject({ size: fs.statSync(HOUSE).size });
    const ready = await waitStatus(modelId, (m) => m.status !== 'queued' && m.status !== 'processing');
    expect(ready.status).toBe('ready');
    expect(await t.ctx.objects.head(keys.geometry)).not.toBeNull();
    expect(fs.existsSync(path.join(t.dataDir, keys.ifc))).toBe(false); // in the bucket, not on this instance's disk
    const row = await rowOf(modelId);
    expect(row).toMatchObject({ status: 'ready', attempts: 1, lease_owner: null });
    first = await elementStats(modelId);
    expect(first.n).toBeGreaterThan(10);
    expect(first.distinct_ids).toBe(first.n);
    expect(row.element_count).toBe(first.n);
    // The geometry streams through the access check from the bucket, gzipped once and kept as an object too.
    const geom = await hunan.get(`/api/bim/models/${modelId}/geometry`, { 'accept-encoding': 'gzip' });
    expect(geom.status).toBe(200);
    expect(await t.ctx.objects.head(keys.geometryGzip)).not.toBeNull();
    expect(fs.readdirSync(t.ctx.objects.scratchDir)).toEqual([]);
  }, 120_000);

  it('takes over the job of a dead instance once its lease expires and re-runs it from the stored IFC, one result', async () => {
    const keys = modelFiles(projectId, modelId);
    // As an instance killed mid-job leaves it: processing, its lease running out, its geometry never stored.
    await t.ctx.objects.delete(keys.geometry);
    await t.ctx.objects.delete(keys.geometryGzip);
    await t.database.db.execute(
      sql`update bim_models set status = 'processing', stage = 'geometry', lease_owner = 'dead-host:1:x',
            lease_expires_at = now() + interval '2 seconds' where id = ${modelId}`,
    );
    // While the lease holds, nobody else may claim it.
    expect(await store.claimModel(t.database.db, 'intruder', 3)).toBeNull();
    const ready = await waitStatus(modelId, (m) => m.status === 'ready' && m.stage === 'done');
    expect(ready.elementCount).toBe(first.n);
    const row = await rowOf(modelId);
    expect(row).toMatchObject({ status: 'ready', attempts: 2, lease_owner: null });
    // Same take-off, no duplicate rows, the geometry object written again.
    expect(await elementStats(modelId)).toEqual(first);
    expect(await t.ctx.objects.head(keys.geometry)).not.toBeNull();
  }, 120_000);

  it('discards the late result of an attempt whose lease was taken: LeaseLost, nothing written', async () => {
    const model = (await store.getModel(t.database.db, modelId))!;
    await t.database.db.execute(
      sql`update bim_models set status = 'processing', lease_owner = 'new-owner', lease_expires_at = now() + interval '1 hour' where id = ${modelId}`,
    );
    const stale: store.ModelLease = { id: modelId, token: 'old-owner', attempts: 2 };
    expect(await store.renewLease(t.database.db, stale, 3)).toBe(false);
    const extraction = { elements: [], counts: {}, entities: {}, quantities: {}, materials: [], entityTotal: 0, spatial: [] } as never;
    await expect(
      store.completeModel(t.database.db, model, stale, extraction, { geometryBytes: 1, processingMs: 1, timings: {} }),
    ).rejects.toBeInstanceOf(store.LeaseLost);
    await store.failModel(t.database.db, stale, 'x', 'late failure of the old attempt');
    expect(await elementStats(modelId)).toEqual(first);
    expect(await rowOf(modelId)).toMatchObject({ status: 'processing', lease_owner: 'new-owner' });
    // Give it back so the rest of the file sees a ready model.
    await t.database.db.execute(
      sql`update bim_models set status = 'ready', lease_owner = null, lease_expires_at = null where id = ${modelId}`,
    );
  });

  it('lets exactly one of several concurrent claims take a queued model', async () => {
    await t.database.db.execute(sql`update bim_models set status = 'queued', lease_owner = null where id = ${modelId}`);
    // The processor of this app may win too; what matters is that one claim in all succeeded.
    const claims = await Promise.all(['a', 'b', 'c', 'd'].map((token) => store.claimModel(t.database.db, token, 60, modelId)));
    const won = claims.filter(Boolean);
    const row = await rowOf(modelId);
    if (won.length) {
      expect(won).toHaveLength(1);
      expect(row.lease_owner).toBe(won[0]!.token);
    } else expect(row.lease_owner).toMatch(/:/); // the app's own processor (host:pid:uuid) claimed it first
    await t.database.db.execute(
      sql`update bim_models set status = 'ready', lease_owner = null, lease_expires_at = null where id = ${modelId}`,
    );
  });
});
