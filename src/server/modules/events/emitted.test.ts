// Real API writes leave exactly the event a partner expects, in the same transaction; a rolled-back write leaves none.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type ApiClient, type TestApp } from '../../testing/harness.js';
import { selectRows, sql } from '../../db/database.js';
import { actorOf } from '../../platform/audit.js';
import { createProject, getProjectRow } from '../projects/index.js';
import { eventTypes } from './catalogue.js';

let t: TestApp;
let enterprise: ApiClient;
let regulator: ApiClient;
let projectId: string;

type Row = { type: string; subject: string; data: Record<string, unknown>; project_id: string | null; region_code: string | null };

/** The events written since `since` (insert order is enough here: these writes run one after another). */
async function eventsSince(since: number): Promise<Row[]> {
  return selectRows<Row>(
    t.database.db,
    sql`select type, subject, data, project_id, region_code from events where seq > ${since} order by seq`,
  );
}
async function lastSeq(): Promise<number> {
  const [r] = await selectRows<{ s: string | null }>(t.database.db, sql`select max(seq)::text as s from events`);
  return Number(r?.s ?? 0);
}

beforeAll(async () => {
  t = await startTestApp({ demo: true });
  enterprise = await t.login('hunan.enterprise');
  regulator = await t.login('hunan.regulator');
  projectId = (await enterprise.get('/api/projects?pageSize=1')).body.items[0].id;
});
afterAll(() => t?.close());

describe('every module’s types are in the catalogue', () => {
  it('has the issue’s list of events', () => {
    const names = eventTypes.map((e) => e.type);
    for (const expected of [
      'cn.greenbuild.projects.project.registered.v1',
      'cn.greenbuild.applications.application.decided.v1',
      'cn.greenbuild.planning.plan.returned.v1',
      'cn.greenbuild.waste.manifest.received.v1',
      'cn.greenbuild.waste.record.added.v1',
      'cn.greenbuild.site.alarm.acknowledged.v1',
      'cn.greenbuild.bim.model.failed.v1',
      'cn.greenbuild.quality.record.appended.v1',
      'cn.greenbuild.supervision.notice.escalated.v1',
      'cn.greenbuild.evaluation.evaluation.closed.v1',
      'cn.greenbuild.practices.practice.published.v1',
    ])
      expect(names).toContain(expected);
  });
});

describe('events written with the change', () => {
  it('waste record added', async () => {
    const since = await lastSeq();
    const res = await enterprise.post(`/api/projects/${projectId}/waste/records`, {
      kind: 'reused',
      recordDate: '2025-02-20',
      stage: 'superstructure',
      category: 'constructionWaste',
      subClass: 'inorganicNonMetal',
      tonnes: 80,
    });
    expect(res.status, res.text).toBe(201);
    const id = res.body.id ?? res.body[0]?.id ?? res.body.items?.[0]?.id;
    expect(await eventsSince(since)).toEqual([
      {
        type: 'cn.greenbuild.waste.record.added.v1',
        subject: `/projects/${projectId}/waste-records/${id}`,
        data: { projectId, recordId: id, kind: 'reused', recordDate: '2025-02-20', category: 'constructionWaste', tonnes: 80 },
        project_id: projectId,
        region_code: 'hunan',
      },
    ]);
  });

  it('device registered', async () => {
    const since = await lastSeq();
    const res = await enterprise.post(`/api/projects/${projectId}/devices`, { name: '事件测试设备', kind: 'other', protocols: ['mqtt'] });
    expect(res.status, res.text).toBe(201);
    const id = res.body.device.id;
    expect(await eventsSince(since)).toEqual([
      {
        type: 'cn.greenbuild.site.device.registered.v1',
        subject: `/projects/${projectId}/devices/${id}`,
        data: { projectId, deviceId: id, name: '事件测试设备', kind: 'other', protocols: ['mqtt'] },
        project_id: projectId,
        region_code: 'hunan',
      },
    ]);
  });

  it('practice published (no project: the region carries it)', async () => {
    const created = await regulator.post('/api/practices', { title: '事件测试做法', summary: '摘要' });
    expect(created.status, created.text).toBe(201);
    const since = await lastSeq();
    expect((await regulator.post(`/api/practices/${created.body.id}/publish`)).status).toBe(200);
    expect(await eventsSince(since)).toEqual([
      {
        type: 'cn.greenbuild.practices.practice.published.v1',
        subject: `/practices/${created.body.id}`,
        data: { practiceId: created.body.id, regionCode: 'hunan', title: '事件测试做法', sourceProjectIds: [] },
        project_id: null,
        region_code: 'hunan',
      },
    ]);
    // Unpublishing is not an event of the catalogue.
    const again = await lastSeq();
    expect((await regulator.post(`/api/practices/${created.body.id}/unpublish`)).status).toBe(200);
    expect(await eventsSince(again)).toEqual([]);
  });

  it('a refused write leaves no event', async () => {
    const since = await lastSeq();
    const res = await enterprise.post(`/api/projects/${projectId}/waste/records`, {
      kind: 'reused',
      recordDate: '2025-02-20',
      stage: 'superstructure',
      category: 'engineeringSpoil',
      subClass: 'inorganicNonMetal', // only construction waste has a sub-class: 400 after nothing was written
      tonnes: 1,
    });
    expect(res.status).toBe(400);
    expect(await eventsSince(since)).toEqual([]);
  });

  it('a store write rolled back after its event leaves neither the row nor the event', async () => {
    const since = await lastSeq();
    const owner = (await getProjectRow(t.database.db, projectId))!.ownerOrganisationId;
    await expect(
      t.database.db.transaction(async (tx) => {
        await createProject(tx, actorOf(), {
          name: '回滚测试项目',
          regionCode: 'hunan',
          ownerOrganisationId: owner,
          category: 'building',
          floorAreaM2: 1000,
        } as never);
        expect((await selectRows(tx, sql`select type from events where seq > ${since}`)).length).toBe(1);
        throw new Error('a later step of the change failed');
      }),
    ).rejects.toThrow('a later step');
    expect(await eventsSince(since)).toEqual([]);
  });
});
