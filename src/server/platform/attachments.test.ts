// Migration 0100 moves the six attachment tables into one `attachments` table and leaves views under the old names.
// A database migrated only up to the migration before it gets rows in every old table, then 0100 runs: every row
// must arrive under its own id with its owner and columns, the old names must read and write the same rows, and each
// owner's old delete rule (quality restricts, the others cascade) must still hold.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, RawConnection } from '../db/database.js';
import { migrate, migrationsDir } from '../db/migrate.js';
import { openTestDatabase } from '../testing/harness.js';
import { recordAttachment } from './attachments.js';

const MIGRATION = '0100_attachments.sql';
const SHA = (c: string) => c.repeat(64);

let database: Database;
let drop: () => Promise<void>;
const run = <T>(fn: (c: RawConnection) => Promise<T>) => database.withConnection(fn);
const rows = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
  run((c) => c.query<T>(text, params)).then((r) => r.rows);

const id = {
  org: randomUUID(),
  user: randomUUID(),
  project: randomUUID(),
  project2: randomUUID(),
  round: randomUUID(),
  application: randomUUID(),
  record: randomUUID(),
  inspection: randomUUID(),
  finding: randomUUID(),
  notice: randomUUID(),
  value: randomUUID(),
  practice: randomUUID(),
  scheme: randomUUID(),
  evaluation: randomUUID(),
};
// Per old table: the rows written before the migration, by id.
const before: Record<string, Array<Record<string, unknown>>> = {};
let eventId = 0;

beforeAll(async () => {
  ({ database, drop } = await openTestDatabase());
  const earlier = fs.mkdtempSync(path.join(os.tmpdir(), 'gb-attachments-migration-'));
  for (const f of fs.readdirSync(migrationsDir).filter((f) => f < MIGRATION))
    fs.copyFileSync(path.join(migrationsDir, f), path.join(earlier, f));
  await migrate(database, earlier);
  fs.rmSync(earlier, { recursive: true, force: true });

  const [{ code: region }] = await rows<{ code: string }>('select code from regions order by code limit 1');
  const [{ id: template }] = await rows<{ id: string }>('select id from supervision_templates limit 1');
  const [{ key: indicator }] = await rows<{ key: string }>('select key from manual_indicator_definitions limit 1');
  await run(async (c) => {
    await c.query(`insert into organisations (id, name, kind) values ($1, '迁移测试企业', 'enterprise')`, [id.org]);
    await c.query(
      `insert into users (id, username, display_name, password_hash, role, organisation_id) values ($1, 'attachments-migration', '迁移测试', 'x', 'enterprise', $2)`,
      [id.user, id.org],
    );
    for (const [p, code] of [
      [id.project, 'ATT-MIG-1'],
      [id.project2, 'ATT-MIG-2'],
    ])
      await c.query(
        `insert into projects (id, code, name, region_code, owner_organisation_id, category) values ($1, $2, '附件迁移项目', $3, $4, 'building')`,
        [p, code, region, id.org],
      );
    await c.query(`insert into application_rounds (id, region_code, title) values ($1, $2, '第一批')`, [id.round, region]);
    await c.query(`insert into applications (id, round_id, project_id, organisation_id) values ($1, $2, $3, $4)`, [
      id.application,
      id.round,
      id.project,
      id.org,
    ]);
    await c.query(
      `insert into quality_records (id, project_id, kind, record_date, subject, result, private_salt, ledger_index) values ($1, $2, 'material_inspection', '2026-05-01', '钢筋进场', 'pass', 'salt', 900001)`,
      [id.record, id.project],
    );
    await c.query(
      `insert into inspections (id, project_id, region_code, template_id, topic, title, stage, scheduled_on) values ($1, $2, $3, $4, 'quality', '质量检查', 'construction', '2026-05-02')`,
      [id.inspection, id.project, region, template],
    );
    await c.query(
      `insert into inspection_findings (id, inspection_id, project_id, region_code, severity, description) values ($1, $2, $3, $4, 'general', '裂缝')`,
      [id.finding, id.inspection, id.project, region],
    );
    await c.query(
      `insert into rectification_notices (id, code, finding_id, project_id, region_code, responsible_organisation_id, requirement, deadline) values ($1, 'ZG-1', $2, $3, $4, $5, '修补', now())`,
      [id.notice, id.finding, id.project, region, id.org],
    );
    eventId = Number(
      (
        await c.query<{ id: string }>(
          `insert into rectification_events (notice_id, kind, actor_name) values ($1, 'responded', '施工方') returning id`,
          [id.notice],
        )
      ).rows[0].id,
    );
    await c.query(
      `insert into manual_indicator_values (id, project_id, indicator_key, value, as_of, entered_by_name) values ($1, $2, $3, 1, '2026-05-01', '填报人')`,
      [id.value, id.project, indicator],
    );
    await c.query(`insert into practices (id, region_code, title, summary, created_by) values ($1, $2, '做法', '摘要', $3)`, [
      id.practice,
      region,
      id.user,
    ]);
    await c.query(`insert into evaluation_schemes (id, code, version, name, document) values ($1, 'ATT-MIG', 1, '方案', '{}')`, [
      id.scheme,
    ]);
    await c.query(
      `insert into evaluations (id, project_id, scheme_id, kind, evaluated_on) values ($1, $2, $3, 'monthly_self', '2026-05-31')`,
      [id.evaluation, id.project, id.scheme],
    );
  });

  const at = (n: number) => new Date(Date.UTC(2026, 4, 1, 8, n)).toISOString();
  const common = (n: number, media = 'application/pdf') => ({
    id: randomUUID(),
    media_type: media,
    size_bytes: 1000 + n,
    sha256: SHA(String(n % 10)),
    created_at: at(n),
  });
  before.application_attachments = [1, 2].map((n) => {
    const { created_at, ...c } = common(n);
    return {
      ...c,
      application_id: id.application,
      file_name: `申报书${n}.pdf`,
      storage_key: `2026/${randomUUID()}.pdf`,
      uploaded_by: id.user,
      uploaded_at: created_at,
    };
  });
  before.quality_attachments = [
    { ...common(3), project_id: id.project, record_id: id.record, file_name: '检测报告.pdf', created_by: id.user },
    { ...common(4, 'image/png'), project_id: id.project2, record_id: null, file_name: '待绑定.png', created_by: null },
  ];
  const photo = (n: number, media: string) => {
    const { media_type, ...c } = common(n, media);
    return { ...c, content_type: media_type };
  };
  before.supervision_photos = [
    {
      ...photo(5, 'image/jpeg'),
      project_id: id.project,
      finding_id: id.finding,
      event_id: null,
      stored_path: 'supervision/photos/2026-05/a.jpg',
      original_name: '现场.jpg',
      captured_at: at(50),
      captured_source: 'exif',
      uploaded_by: id.user,
    },
    {
      ...photo(6, 'image/webp'),
      project_id: id.project,
      finding_id: null,
      event_id: eventId,
      stored_path: 'supervision/photos/2026-05/b.webp',
      original_name: null,
      captured_at: at(51),
      captured_source: 'received',
      uploaded_by: null,
    },
  ];
  before.manual_indicator_evidence = [
    { ...common(7), project_id: id.project, value_id: id.value, file_name: '证明.pdf', created_by: id.user },
    { ...common(8, 'image/jpeg'), project_id: id.project2, value_id: null, file_name: '待填报.jpg', created_by: randomUUID() },
  ];
  before.practice_attachments = [{ ...common(9), practice_id: id.practice, file_name: '做法说明.pdf', created_by: id.user }];
  before.evaluation_evidence = [
    { ...common(10), project_id: id.project, evaluation_id: id.evaluation, item_id: 'a1', file_name: '自评.pdf', created_by: id.user },
    {
      ...common(11, 'image/png'),
      project_id: id.project,
      evaluation_id: id.evaluation,
      item_id: 'b2',
      file_name: '照片.png',
      created_by: null,
    },
  ];
  await run(async (c) => {
    for (const [table, list] of Object.entries(before))
      for (const row of list) {
        const cols = Object.keys(row);
        await c.query(
          `insert into ${table} (${cols.join(', ')}) values (${cols.map((_, i) => `$${i + 1}`).join(', ')})`,
          Object.values(row),
        );
      }
  });

  const report = await migrate(database);
  expect(report.applied).toEqual(
    [...fs.readdirSync(migrationsDir).filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f) && f >= MIGRATION)].sort(),
  );
}, 300_000);

afterAll(async () => {
  await database?.close();
  await drop?.();
});

// PostgreSQL hands bigint back as a string, PGlite as a number; timestamps as Dates.
const BIGINTS = new Set(['size_bytes', 'event_id']);
const plain = (k: string, v: unknown) => (v instanceof Date ? v.toISOString() : BIGINTS.has(k) && v !== null ? Number(v) : v);
const normalise = (r: Record<string, unknown>) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, plain(k, v)]));

describe('migration 0100: one attachments table', () => {
  it('moves every row of the six tables, under its own id, kind and owner', async () => {
    const counts = await rows<{ owner_kind: string; n: number }>(
      'select owner_kind, count(*)::int as n from attachments group by owner_kind order by owner_kind',
    );
    expect(counts).toEqual([
      { owner_kind: 'application', n: 2 },
      { owner_kind: 'evaluation', n: 2 },
      { owner_kind: 'practice', n: 1 },
      { owner_kind: 'quality', n: 2 },
      { owner_kind: 'supervision', n: 2 },
      { owner_kind: 'tracking', n: 2 },
    ]);
    const moved = new Map((await rows<Record<string, unknown>>('select * from attachments')).map((r) => [r.id as string, normalise(r)]));
    const a = before.application_attachments[0];
    expect(moved.get(a.id as string)).toMatchObject({
      owner_kind: 'application',
      application_id: id.application,
      file_name: a.file_name,
      storage_path: a.storage_key,
      uploaded_by: id.user,
      created_at: a.uploaded_at,
      size_bytes: 1001,
      sha256: SHA('1'),
    });
    const q = before.quality_attachments[1];
    expect(moved.get(q.id as string)).toMatchObject({
      owner_kind: 'quality',
      quality_project_id: id.project2,
      quality_record_id: null,
      file_name: '待绑定.png',
      media_type: 'image/png',
      uploaded_by: null,
      storage_path: null,
    });
    const s = before.supervision_photos[1];
    expect(moved.get(s.id as string)).toMatchObject({
      owner_kind: 'supervision',
      supervision_project_id: id.project,
      finding_id: null,
      event_id: eventId,
      storage_path: s.stored_path,
      file_name: null,
      media_type: 'image/webp',
      captured_source: 'received',
      captured_at: s.captured_at,
    });
    const t = before.manual_indicator_evidence[1];
    expect(moved.get(t.id as string)).toMatchObject({
      owner_kind: 'tracking',
      tracking_project_id: id.project2,
      value_id: null,
      uploaded_by: t.created_by,
    });
    expect(moved.get(before.practice_attachments[0].id as string)).toMatchObject({
      owner_kind: 'practice',
      practice_id: id.practice,
      file_name: '做法说明.pdf',
    });
    const e = before.evaluation_evidence[1];
    expect(moved.get(e.id as string)).toMatchObject({
      owner_kind: 'evaluation',
      evaluation_project_id: id.project,
      evaluation_id: id.evaluation,
      item_id: 'b2',
      media_type: 'image/png',
    });
    expect(
      (
        await rows(
          "select count(*)::int as n from pg_class where relname in ('application_attachments','quality_attachments','supervision_photos','manual_indicator_evidence','practice_attachments','evaluation_evidence') and relkind = 'v'",
        )
      )[0],
    ).toEqual({ n: 6 });
  });

  it('reads the same rows and columns under the old names', async () => {
    for (const [table, list] of Object.entries(before)) {
      const read = (await rows<Record<string, unknown>>(`select * from ${table} order by id`)).map(normalise);
      const expected = [...list]
        .sort((x, y) => String(x.id).localeCompare(String(y.id)))
        .map((r) => ({ ...normalise(r), owner_kind: expect.any(String) }));
      expect(read, table).toEqual(expected);
    }
  });

  it('writes through the old names into their own kind only', async () => {
    const fresh = randomUUID();
    // As the modules insert: without owner_kind and without the created-at column, which take their defaults.
    await rows(
      `insert into practice_attachments (id, practice_id, file_name, media_type, size_bytes, sha256) values ($1, $2, 'new.pdf', 'application/pdf', 5, $3)`,
      [fresh, id.practice, SHA('a')],
    );
    expect(await rows('select owner_kind, practice_id, created_at is not null as stamped from attachments where id = $1', [fresh])).toEqual(
      [{ owner_kind: 'practice', practice_id: id.practice, stamped: true }],
    );
    await rows(`update practice_attachments set file_name = 'renamed.pdf' where id = $1`, [fresh]);
    expect(await rows('select file_name from attachments where id = $1', [fresh])).toEqual([{ file_name: 'renamed.pdf' }]);
    // A view neither sees nor changes another kind's rows.
    const otherKind = before.quality_attachments[0].id;
    expect(await rows('select id from practice_attachments where id = $1', [otherKind])).toEqual([]);
    await rows('delete from practice_attachments where id = $1', [otherKind]);
    expect(await rows('select count(*)::int as n from attachments where id = $1', [otherKind])).toEqual([{ n: 1 }]);
    // Nor can a row be written into another kind through it.
    await expect(
      rows(
        `insert into practice_attachments (id, practice_id, file_name, media_type, size_bytes, sha256, owner_kind) values ($1, $2, 'x.pdf', 'application/pdf', 1, $3, 'quality')`,
        [randomUUID(), id.practice, SHA('b')],
      ),
    ).rejects.toThrow();
    // The old tables' own rules still hold: a supervision photo belongs to a finding or an event, not both.
    await expect(
      rows(
        `insert into supervision_photos (id, project_id, finding_id, event_id, stored_path, content_type, size_bytes, sha256, captured_at, captured_source) values ($1, $2, $3, $4, 'p', 'image/png', 1, $5, now(), 'client')`,
        [randomUUID(), id.project, id.finding, eventId, SHA('c')],
      ),
    ).rejects.toThrow();
    await rows('delete from practice_attachments where id = $1', [fresh]);
    expect(await rows('select count(*)::int as n from attachments where id = $1', [fresh])).toEqual([{ n: 0 }]);
  });

  it('keeps each owner’s delete rule: quality restricts its project, the others cascade', async () => {
    // project2 holds a quality attachment (restrict) and a tracking evidence file (cascade).
    await expect(rows('delete from projects where id = $1', [id.project2])).rejects.toThrow();
    await rows(`delete from quality_attachments where project_id = $1`, [id.project2]);
    await rows('delete from projects where id = $1', [id.project2]);
    expect(await rows('select count(*)::int as n from attachments where tracking_project_id = $1', [id.project2])).toEqual([{ n: 0 }]);
    await rows('delete from inspection_findings where id = $1', [id.finding]);
    expect(await rows(`select count(*)::int as n from supervision_photos`)).toEqual([{ n: 0 }]);
    await rows('delete from practices where id = $1', [id.practice]);
    await rows('delete from evaluations where id = $1', [id.evaluation]);
    await rows('delete from applications where id = $1', [id.application]);
    expect(await rows('select owner_kind, count(*)::int as n from attachments group by owner_kind order by owner_kind')).toEqual([
      { owner_kind: 'quality', n: 1 },
      { owner_kind: 'tracking', n: 1 },
    ]);
  });

  it('recordAttachment writes the one row its module reads under the old name, and only for an owner that exists', async () => {
    const fresh = randomUUID();
    const row = await recordAttachment(
      database.db,
      { kind: 'tracking', projectId: id.project, valueId: id.value },
      { fileName: '新证明.pdf', mediaType: 'application/pdf', sizeBytes: 42, sha256: SHA('d') },
      { id: fresh, uploadedBy: id.user },
    );
    expect(row).toMatchObject({
      id: fresh,
      ownerKind: 'tracking',
      trackingProjectId: id.project,
      valueId: id.value,
      qualityProjectId: null,
      storagePath: null,
    });
    expect(
      (await rows('select project_id, value_id, file_name, created_by from manual_indicator_evidence where id = $1', [fresh])).map(
        normalise,
      ),
    ).toEqual([{ project_id: id.project, value_id: id.value, file_name: '新证明.pdf', created_by: id.user }]);
    // The evaluation was deleted above: its foreign key refuses the row.
    await expect(
      recordAttachment(
        database.db,
        { kind: 'evaluation', projectId: id.project, evaluationId: id.evaluation, itemId: 'a1' },
        { fileName: 'x.pdf', mediaType: 'application/pdf', sizeBytes: 1, sha256: SHA('e') },
        { id: randomUUID(), uploadedBy: null },
      ),
    ).rejects.toThrow();
  });
});
