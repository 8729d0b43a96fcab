import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { MEDIA } from '../../platform/openapi.js';
import { sql } from 'drizzle-orm';
import './messages.js';
import type { AppContext } from '../../platform/context.js';
import { invalidField, notFound } from '../../platform/errors.js';
import { actorOf, recordAudit } from '../../platform/audit.js';
import { selectRows } from '../../db/database.js';
import { encodeBase64 } from '../../../domain/ledger/bytes.js';
import { pageOf, pageQuery, offsetOf } from '../../platform/pagination.js';
import { loadLogKey } from './signingKey.js';
import { Ledger, registerLedger } from './ledger.js';
import { checkpointAt, entryBody, latestCheckpoint } from './store.js';
import { runIntegrityCheck } from './integrity.js';

/** How often the integrity monitor runs (one instance per tick, via the scheduler's advisory lock). */
export const LEDGER_CHECK_EVERY_MS = 5 * 60_000;

const index = z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const STAFF = { roles: ['admin', 'regulator'] } as const;

const alarmSchema = z.object({
  id: z.number(),
  raisedAt: z.string(),
  kind: z.string(),
  level: z.number().nullable(),
  index: z.number().nullable(),
  treeSize: z.number(),
  detail: z.string(),
  acknowledgedAt: z.string().nullable(),
});

const statusSchema = z.object({
  origin: z.string(),
  verifierKey: z.string(),
  treeSize: z.number(),
  rootHash: z.string(),
  checkpointAt: z.string().nullable(),
  lastCheck: z.object({ at: z.string().nullable(), ok: z.boolean().nullable(), entriesChecked: z.number(), ms: z.number() }),
  openAlarms: z.number(),
});

const checkReportSchema = z.object({
  treeSize: z.number(),
  checkpointsVerified: z.number(),
  entriesChecked: z.number(),
  nodesChecked: z.number(),
  window: z.tuple([z.number(), z.number()]),
  ok: z.boolean(),
  ms: z.number(),
  findings: z.array(z.object({ kind: z.string(), level: z.number().nullable(), index: z.number().nullable(), detail: z.string() })),
});

/** Quality-traceability transparency log: checkpoints, verifier key, entries, proofs and its integrity monitor. */
export const ledgerModule: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  const { db } = ctx;
  const ledger = new Ledger(db, loadLogKey(ctx.config));
  await ledger.open();
  registerLedger(ctx.database, ledger);
  ctx.onShutdown(() => ledger.drain());
  ctx.scheduler.add({
    name: 'ledger.integrity',
    everyMs: LEDGER_CHECK_EVERY_MS,
    run: async () => void (await runIntegrityCheck(db, ledger)),
  });

  async function requireSize(treeSize: number | undefined, field: string): Promise<number> {
    const current = await ledger.treeSize();
    if (treeSize === undefined) return current;
    if (treeSize > current) throw invalidField(field, 'tree_size_beyond_log', { size: current });
    return treeSize;
  }

  app.get(
    '/api/ledger/checkpoint',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'getLedgerCheckpoint',
        download: { media: [MEDIA.text], description: 'The checkpoint as a C2SP signed note' },
        tags: ['ledger'],
        summary: '最新检查点 Latest checkpoint (C2SP tlog-checkpoint signed note)',
      },
    },
    async (_req, reply) => {
      const cp = await latestCheckpoint(db);
      if (!cp) throw notFound();
      return reply.header('content-type', 'text/plain; charset=utf-8').header('cache-control', 'no-cache').send(cp.note);
    },
  );

  app.get(
    '/api/ledger/checkpoints/:size',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'getLedgerCheckpointAtSize',
        download: { media: [MEDIA.text], description: 'The checkpoint published at that size, as a C2SP signed note' },
        tags: ['ledger'],
        summary: '历史检查点 Checkpoint published at a tree size',
        params: z.object({ size: index }),
      },
    },
    async (req, reply) => {
      const cp = await checkpointAt(db, req.params.size);
      if (!cp) throw notFound();
      return reply
        .header('content-type', 'text/plain; charset=utf-8')
        .header('cache-control', 'public, max-age=31536000, immutable')
        .send(cp.note);
    },
  );

  app.get(
    '/api/ledger/vkey',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'getLedgerVerifierKey',
        download: { media: [MEDIA.text], description: 'The signed-note verifier key (one line)' },
        tags: ['ledger'],
        summary: '日志公钥 Verifier key (signed-note vkey)',
      },
    },
    async (_req, reply) => reply.header('content-type', 'text/plain; charset=utf-8').send(ledger.verifierKey + '\n'),
  );

  app.get(
    '/api/ledger/entries/:index',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'getLedgerEntry',
        download: {
          media: ['application/json'],
          description: 'The entry’s canonical JSON (RFC 8785) bytes, exactly as hashed into the log',
        },
        tags: ['ledger'],
        summary: '日志条目 Canonical entry bytes (RFC 8785 JSON)',
        params: z.object({ index }),
      },
    },
    async (req, reply) => {
      const body = await entryBody(db, req.params.index);
      if (!body) throw notFound();
      // The exact bytes that were hashed: sent as-is, never re-serialised.
      return reply
        .header('content-type', 'application/json; charset=utf-8')
        .header('cache-control', 'public, max-age=31536000, immutable')
        .send(Buffer.from(body.buffer, body.byteOffset, body.byteLength));
    },
  );

  app.get(
    '/api/ledger/proof/inclusion',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'getLedgerInclusionProof',
        tags: ['ledger'],
        summary: '包含证明 Inclusion proof (RFC 9162 §2.1.3)',
        querystring: z.object({ index, treeSize: index.min(1).optional() }),
        response: { 200: z.object({ index: z.number(), treeSize: z.number(), hashes: z.array(z.string()) }) },
      },
    },
    async (req) => {
      const treeSize = await requireSize(req.query.treeSize, 'treeSize');
      if (req.query.index >= treeSize) throw invalidField('index', 'index_beyond_tree', { size: treeSize });
      const proof = await ledger.inclusionProof(req.query.index, treeSize);
      return { index: req.query.index, treeSize, hashes: proof.map(encodeBase64) };
    },
  );

  app.get(
    '/api/ledger/proof/consistency',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'getLedgerConsistencyProof',
        tags: ['ledger'],
        summary: '一致性证明 Consistency proof (RFC 9162 §2.1.4)',
        querystring: z.object({ from: index, to: index.optional() }),
        response: { 200: z.object({ from: z.number(), to: z.number(), hashes: z.array(z.string()) }) },
      },
    },
    async (req) => {
      const to = await requireSize(req.query.to, 'to');
      if (req.query.from > to) throw invalidField('from', 'from_after_to', { to });
      const proof = await ledger.consistencyProof(req.query.from, to);
      return { from: req.query.from, to, hashes: proof.map(encodeBase64) };
    },
  );

  app.get(
    '/api/ledger/status',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'getLedgerStatus',
        tags: ['ledger'],
        summary: '日志状态 Log status and integrity',
        response: { 200: statusSchema },
      },
    },
    async () => {
      const cp = await latestCheckpoint(db);
      const [s] = await selectRows<{
        last_check_at: Date | null;
        last_check_ok: boolean | null;
        last_check_entries: string;
        last_check_ms: number;
        open: string;
      }>(
        db,
        sql`select last_check_at, last_check_ok, last_check_entries, last_check_ms,
                   (select count(*) from ledger_alarms where acknowledged_at is null) as open
            from ledger_state where id = 1`,
      );
      return {
        origin: ledger.origin,
        verifierKey: ledger.verifierKey,
        treeSize: cp?.size ?? 0,
        rootHash: cp ? encodeBase64(cp.root) : '',
        checkpointAt: cp?.createdAt ?? null,
        lastCheck: {
          at: s?.last_check_at ? new Date(s.last_check_at).toISOString() : null,
          ok: s?.last_check_ok ?? null,
          entriesChecked: Number(s?.last_check_entries ?? 0),
          ms: Number(s?.last_check_ms ?? 0),
        },
        openAlarms: Number(s?.open ?? 0),
      };
    },
  );

  app.get(
    '/api/ledger/alarms',
    {
      config: { access: STAFF },
      schema: {
        operationId: 'listLedgerAlarms',
        tags: ['ledger'],
        summary: '完整性告警 Integrity alarms',
        querystring: pageQuery.extend({ open: z.enum(['1', '0']).optional() }),
        response: { 200: pageOf(alarmSchema) },
      },
    },
    async (req) => {
      const where =
        req.query.open === '1' ? sql`acknowledged_at is null` : req.query.open === '0' ? sql`acknowledged_at is not null` : sql`true`;
      const rows = await selectRows<{
        id: string;
        raised_at: Date;
        kind: string;
        level: number | null;
        idx: string | null;
        tree_size: string;
        detail: string;
        acknowledged_at: Date | null;
      }>(
        db,
        sql`select id, raised_at, kind, level, idx, tree_size, detail, acknowledged_at from ledger_alarms where ${where}
            order by id desc limit ${req.query.pageSize} offset ${offsetOf(req.query)}`,
      );
      const [{ n }] = await selectRows<{ n: string }>(db, sql`select count(*) as n from ledger_alarms where ${where}`);
      return {
        items: rows.map((r) => ({
          id: Number(r.id),
          raisedAt: new Date(r.raised_at).toISOString(),
          kind: r.kind,
          level: r.level === null ? null : Number(r.level),
          index: r.idx === null ? null : Number(r.idx),
          treeSize: Number(r.tree_size),
          detail: r.detail,
          acknowledgedAt: r.acknowledged_at ? new Date(r.acknowledged_at).toISOString() : null,
        })),
        total: Number(n),
      };
    },
  );

  app.post(
    '/api/ledger/alarms/:id/acknowledge',
    {
      config: { access: { roles: ['admin'] } },
      schema: {
        operationId: 'acknowledgeLedgerAlarm',
        tags: ['ledger'],
        summary: '确认告警 Acknowledge an alarm',
        params: z.object({ id: z.coerce.number().int().min(1) }),
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      await db.transaction(async (tx) => {
        const rows = await selectRows<{ id: string; kind: string; idx: string | null }>(
          tx,
          sql`update ledger_alarms set acknowledged_at = now(), acknowledged_by = ${req.principal!.userId}
              where id = ${req.params.id} and acknowledged_at is null returning id, kind, idx`,
        );
        if (!rows[0]) throw notFound();
        await recordAudit(tx, actorOf(req), {
          action: 'ledger.alarm_acknowledged',
          entityType: 'ledger_alarm',
          entityId: String(req.params.id),
          before: { acknowledged: false },
          after: { acknowledged: true, kind: rows[0].kind, index: rows[0].idx === null ? null : Number(rows[0].idx) },
        });
      });
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/ledger/check',
    {
      config: { access: { roles: ['admin'] } },
      schema: {
        operationId: 'checkLedgerIntegrity',
        tags: ['ledger'],
        summary: '立即校验 Run the integrity check now',
        body: z.object({ budget: z.number().int().min(1).max(1_000_000).optional() }).optional(),
        response: { 200: checkReportSchema },
      },
    },
    async (req) => {
      const report = await runIntegrityCheck(db, ledger, { budget: req.body?.budget });
      await recordAudit(db, actorOf(req), {
        action: 'ledger.check_run',
        entityType: 'ledger',
        after: { ok: report.ok, findings: report.findings.length, window: report.window },
      });
      if (!report.ok) req.log.error({ findings: report.findings }, 'ledger integrity check failed');
      return report;
    },
  );

  if (!ctx.config.ledgerSigningKey && ctx.database.kind === 'postgres') {
    app.log.warn(
      'LEDGER_SIGNING_KEY is not set: the quality ledger key lives under DATA_DIR/ledger. Every instance on this database needs the same key.',
    );
  }
};
