import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { MEDIA } from '../../platform/openapi.js';
import './messages.js';
import type { AppContext } from '../../platform/context.js';
import { AppError, invalidField } from '../../platform/errors.js';
import { requirePrincipal, type Principal } from '../../platform/auth/principal.js';
import { actorOf } from '../../platform/audit.js';
import { requestLanguage } from '../../platform/language.js';
import { Mailer } from '../../platform/mail.js';
import type { Todo } from '../../platform/todos.js';
import { regionExists } from '../accounts/index.js';
import { applicationTodos } from '../applications/index.js';
import { evaluationTodos } from '../evaluation/index.js';
import { planningTodos } from '../planning/index.js';
import { siteTodos } from '../site/index.js';
import { supervisionTodos } from '../supervision/index.js';
import { trackingTodos } from '../tracking/index.js';
import { wasteTodos } from '../waste/index.js';
import { runConditionRules } from './conditions.js';
import { notifiedEventTypes, notifyForEvents } from './eventRules.js';
import { channelStatus, DeliveryWorker, queueDigests } from './delivery.js';
import { categoryLabels, todoLabels } from './messages.js';
import { NotificationHub } from './hub.js';
import { categories, ruleByKey } from './rules.js';
import * as store from './store.js';
import { channels } from './tables.js';

const SIGNED_IN = { roles: 'any' } as const;
const RULE_ADMINS = { roles: ['admin', 'regulator'] } as const;

const todoItem = z.object({
  kind: z.string(),
  title: z.string().meta({ description: 'What is to be done, in the caller’s language' }),
  count: z.number().int(),
  overdue: z.number().int(),
  deadline: z.string().nullable(),
  link: z.string(),
  severity: z.enum(['info', 'warning', 'critical']),
  project: z.object({ id: z.string(), code: z.string(), name: z.string() }).nullable(),
});

const inboxItem = z.object({
  id: z.string(),
  kind: z.string(),
  category: z.string(),
  categoryLabel: z.string(),
  severity: z.enum(['info', 'warning', 'critical']),
  text: z.string(),
  link: z.string().nullable(),
  createdAt: z.string(),
  read: z.boolean(),
});

const preferencesSchema = z
  .object({
    channels: z.partialRecord(z.enum(categories), z.array(z.enum(channels)).max(2)),
    quietStart: z.number().int().min(0).max(23).nullable(),
    quietEnd: z.number().int().min(0).max(23).nullable(),
    dailyDigest: z.boolean(),
    language: z.enum(['zh-CN', 'en']),
  })
  .strict();

const ruleSchema = z.object({
  key: z.string(),
  category: z.string(),
  categoryLabel: z.string(),
  severity: z.enum(['info', 'warning', 'critical']),
  name: z.string(),
  trigger: z.enum(['event', 'condition']),
  enabled: z.boolean(),
  minutes: z.number().int().nullable(),
  days: z.number().int().nullable(),
  changedForRegion: z.boolean(),
});

const ruleChange = z
  .object({
    regionCode: z.string().max(40).optional().meta({ description: 'Only for the administrator; a regulator changes its own region' }),
    enabled: z.boolean(),
    minutes: z
      .number()
      .int()
      .min(1)
      .max(7 * 24 * 60)
      .nullable()
      .optional(),
    days: z.number().int().min(1).max(60).nullable().optional(),
  })
  .strict();

/** Every capability's to-do source; each answers only for the roles it concerns. */
const todoSources = [supervisionTodos, wasteTodos, siteTodos, planningTodos, applicationTodos, evaluationTodos, trackingTodos];

/** Notifications (消息提醒) by rule, the inbox with live arrival, e-mail and gateway channels, and to-dos (待办). */
export const notificationsModule: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  const { db, database, config } = ctx;
  const hub = new NotificationHub(database);
  await hub.start();
  const mailer = config.smtpUrl ? new Mailer(config.smtpUrl, config.mailFrom) : null;
  const worker = new DeliveryWorker(database, mailer, null, app.log);
  worker.start();
  ctx.onShutdown(async () => {
    await worker.stop();
    await hub.stop();
  });
  ctx.events.consume('notifications', (tx, events) => notifyForEvents(tx, events).then(() => undefined), { types: notifiedEventTypes });
  ctx.scheduler.add({ name: 'notifications.conditions', everyMs: 60_000, run: (d) => runConditionRules(d).then(() => undefined) });
  ctx.scheduler.add({
    name: 'notifications.digest',
    everyMs: 60 * 60_000,
    // Hourly tick; the digest goes out in the 08:00 hour China time only.
    run: async (d) => {
      if ((new Date().getUTCHours() + 8) % 24 === 8) await queueDigests(d.db);
    },
  });

  const todosOf = async (p: Principal, req: FastifyRequest) => {
    const lang = requestLanguage(req);
    const now = new Date();
    const all: Todo[] = (await Promise.all(todoSources.map((s) => s(db, p, now)))).flat();
    const rank = { critical: 0, warning: 1, info: 2 };
    all.sort((a, b) => rank[a.severity] - rank[b.severity] || b.overdue - a.overdue || b.count - a.count);
    return all.map((t) => ({ ...t, title: todoLabels[t.kind]?.[lang] ?? t.kind, project: t.project ?? null }));
  };

  app.get(
    '/api/me/todos',
    {
      config: { access: SIGNED_IN },
      schema: {
        operationId: 'listMyTodos',
        tags: ['notifications'],
        summary: '我的待办 What is waiting for me',
        response: { 200: z.object({ items: z.array(todoItem), total: z.number().int() }) },
      },
    },
    async (req) => {
      const items = await todosOf(requirePrincipal(req), req);
      return { items, total: items.reduce((n, t) => n + t.count, 0) };
    },
  );

  app.get(
    '/api/me/notifications',
    {
      config: { access: SIGNED_IN },
      schema: {
        operationId: 'listMyNotifications',
        tags: ['notifications'],
        summary: '消息提醒 My notifications, newest first',
        querystring: z.object({
          unread: z.enum(['true', 'false']).optional(),
          category: z.enum(categories).optional(),
          cursor: z.string().max(200).optional(),
          limit: z.coerce.number().int().min(1).max(100).default(20),
        }),
        response: {
          200: z.object({ items: z.array(inboxItem), next: z.string().nullable(), unread: z.number().int() }),
        },
      },
    },
    async (req) => {
      const p = requirePrincipal(req);
      const lang = requestLanguage(req);
      const before = req.query.cursor ? store.decodeBefore(req.query.cursor) : undefined;
      if (before === null) throw invalidField('cursor', 'value_invalid');
      const page = await store.inbox(db, p, lang, {
        unread: req.query.unread === 'true',
        category: req.query.category,
        before: before ?? undefined,
        limit: req.query.limit,
      });
      return {
        items: page.items.map((i) => ({
          ...i,
          severity: i.severity as 'info',
          categoryLabel: categoryLabels[i.category]?.[lang] ?? i.category,
        })),
        next: page.next,
        unread: await store.unreadCount(db, p.userId),
      };
    },
  );

  app.post(
    '/api/me/notifications/:id/read',
    {
      config: { access: SIGNED_IN },
      schema: {
        operationId: 'markNotificationRead',
        tags: ['notifications'],
        summary: '标为已读 Mark one notification read',
        params: z.object({ id: z.string().uuid() }),
        response: { 200: z.object({ unread: z.number().int() }) },
      },
    },
    async (req) => {
      const p = requirePrincipal(req);
      await store.markRead(db, p.userId, req.params.id);
      return { unread: await store.unreadCount(db, p.userId) };
    },
  );

  app.post(
    '/api/me/notifications/read-all',
    {
      config: { access: SIGNED_IN },
      schema: {
        operationId: 'markAllNotificationsRead',
        tags: ['notifications'],
        summary: '全部已读 Mark all notifications read',
        response: { 200: z.object({ unread: z.number().int(), marked: z.number().int() }) },
      },
    },
    async (req) => {
      const p = requirePrincipal(req);
      const marked = await store.markRead(db, p.userId, 'all');
      return { unread: 0, marked };
    },
  );

  app.get(
    '/api/me/notifications/stream',
    {
      config: { access: SIGNED_IN },
      schema: {
        operationId: 'streamMyNotifications',
        tags: ['notifications'],
        summary: '提醒实时推送 New notifications as Server-Sent Events (any instance)',
        download: {
          media: [MEDIA.eventStream],
          description: 'Server-Sent Events: `unread` with the unread count when a notification arrives',
        },
      },
    },
    async (req, reply) => {
      const p = requirePrincipal(req);
      reply.hijack();
      const out = reply.raw;
      out.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      out.write('retry: 3000\n\n');
      const send = async () => {
        if (out.writableEnded) return;
        const unread = await store.unreadCount(db, p.userId).catch(() => null);
        if (unread !== null && !out.writableEnded) out.write(`event: unread\ndata: ${JSON.stringify({ unread })}\n\n`);
      };
      await send();
      const unsubscribe = hub.subscribe(p.userId, () => void send());
      const heartbeat = setInterval(() => out.write(': keep-alive\n\n'), 20_000);
      req.raw.on('close', () => {
        clearInterval(heartbeat);
        unsubscribe();
      });
    },
  );

  app.get(
    '/api/me/notification-preferences',
    {
      config: { access: SIGNED_IN },
      schema: {
        operationId: 'getMyNotificationPreferences',
        tags: ['notifications'],
        summary: '提醒设置 My notification preferences',
        response: { 200: preferencesSchema },
      },
    },
    async (req) => store.preferencesOf(db, requirePrincipal(req).userId) as Promise<z.infer<typeof preferencesSchema>>,
  );

  app.put(
    '/api/me/notification-preferences',
    {
      config: { access: SIGNED_IN },
      schema: {
        operationId: 'saveMyNotificationPreferences',
        tags: ['notifications'],
        summary: '保存提醒设置 Save my notification preferences',
        body: preferencesSchema,
        response: { 200: preferencesSchema },
      },
    },
    async (req) => {
      const p = requirePrincipal(req);
      const b = req.body;
      if ((b.quietStart === null) !== (b.quietEnd === null))
        throw invalidField(b.quietStart === null ? 'quietStart' : 'quietEnd', 'notification_quiet_hours_pair');
      return db.transaction((tx) => store.savePreferences(tx, actorOf(req), p.userId, b)) as Promise<z.infer<typeof preferencesSchema>>;
    },
  );

  app.get(
    '/api/notifications/rules',
    {
      config: { access: RULE_ADMINS },
      schema: {
        operationId: 'listNotificationRules',
        tags: ['notifications'],
        summary: '提醒规则 Notification rules as they apply in a region',
        querystring: z.object({ regionCode: z.string().max(40).optional() }),
        response: { 200: z.object({ regionCode: z.string().nullable(), items: z.array(ruleSchema) }) },
      },
    },
    async (req) => {
      const p = requirePrincipal(req);
      const lang = requestLanguage(req);
      const region = p.role === 'regulator' && p.regionCode ? p.regionCode : (req.query.regionCode ?? null);
      const rules = await store.effectiveRules(db, region);
      return {
        regionCode: region,
        items: rules.map((r) => ({
          key: r.key,
          category: r.category,
          categoryLabel: categoryLabels[r.category]?.[lang] ?? r.category,
          severity: r.severity,
          name: r.name[lang],
          trigger: 'events' in r.trigger ? ('event' as const) : ('condition' as const),
          enabled: r.enabled,
          minutes: r.minutes,
          days: r.days,
          changedForRegion: r.changedForRegion,
        })),
      };
    },
  );

  app.put(
    '/api/notifications/rules/:key',
    {
      config: { access: RULE_ADMINS },
      schema: {
        operationId: 'changeNotificationRule',
        tags: ['notifications'],
        summary: '修改本地区提醒规则 Change a rule for a region',
        params: z.object({ key: z.string().max(80) }),
        body: ruleChange,
        response: { 200: z.object({ ok: z.literal(true) }) },
      },
    },
    async (req) => {
      const p = requirePrincipal(req);
      const rule = ruleByKey.get(req.params.key);
      if (!rule) throw new AppError(404, 'notification_rule_unknown');
      const region = p.role === 'regulator' ? p.regionCode : req.body.regionCode;
      if (!region) throw invalidField('regionCode', 'value_required');
      if (!(await regionExists(db, region))) throw invalidField('regionCode', 'region_unknown');
      if (req.body.minutes != null && rule.defaults.minutes === undefined)
        throw invalidField('minutes', 'notification_rule_param', { param: 'minutes' });
      if (req.body.days != null && rule.defaults.days === undefined)
        throw invalidField('days', 'notification_rule_param', { param: 'days' });
      await db.transaction((tx) => store.setRegionRule(tx, actorOf(req), region, rule.key, req.body));
      return { ok: true as const };
    },
  );

  app.get(
    '/api/notifications/status',
    {
      config: { access: RULE_ADMINS },
      schema: {
        operationId: 'notificationChannelStatus',
        tags: ['notifications'],
        summary: '提醒通道状态 Channel status: queued, failed and sent deliveries, the last error',
        response: {
          200: z.object({
            email: z.object({ configured: z.boolean(), server: z.string().nullable() }),
            channels: z.array(
              z.object({
                channel: z.string(),
                pending: z.number().int(),
                failed: z.number().int(),
                sentLastDay: z.number().int(),
                lastSentAt: z.string().nullable(),
                lastError: z.string().nullable(),
              }),
            ),
          }),
        },
      },
    },
    async () => {
      const s = await channelStatus(db);
      const names = [...new Set(['email', 'gateway', 'digest', ...s.rows.map((r) => r.channel)])];
      return {
        email: { configured: !!mailer, server: mailer?.server ?? null },
        channels: names.map((channel) => {
          const of = (status: string) => s.rows.find((r) => r.channel === channel && r.status === status);
          const last = s.rows.filter((r) => r.channel === channel && r.last).map((r) => r.last!)[0];
          return {
            channel,
            pending: of('pending')?.n ?? 0,
            failed: of('failed')?.n ?? 0,
            sentLastDay: of('sent')?.n ?? 0,
            lastSentAt: last ? new Date(last).toISOString() : null,
            lastError: s.lastErrors.find((e) => e.channel === channel)?.last_error ?? null,
          };
        }),
      };
    },
  );

  // For tests and operators: run the condition rules and the delivery worker now instead of on their timers.
  app.post(
    '/api/notifications/run',
    {
      config: { access: { roles: ['admin'] } },
      schema: {
        operationId: 'runNotificationRules',
        tags: ['notifications'],
        summary: '立即检查提醒规则 Check the condition rules and send due deliveries now',
        response: { 200: z.object({ created: z.record(z.string(), z.number()), sent: z.number().int() }) },
      },
    },
    async () => {
      const created = await runConditionRules(database);
      const sent = await worker.runOnce();
      return { created, sent };
    },
  );
};
