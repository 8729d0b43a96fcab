import { randomUUID } from 'node:crypto';
import { and, count, desc, eq, inArray, isNull, lt, notInArray, or, sql, type SQL } from 'drizzle-orm';
import { selectRows, type DbOrTx } from '../../db/database.js';
import type { Principal } from '../../platform/auth/principal.js';
import { recordAudit, type AuditActor } from '../../platform/audit.js';
import { notFound, translate } from '../../platform/errors.js';
import type { Language } from '../../platform/language.js';
import { recipientUsers, type Recipient } from '../accounts/index.js';
import { participantOrganisationIds, projectRefs } from '../projects/index.js';
import { ruleByKey, ruleDefinitions, type Audience, type RuleDefinition } from './rules.js';
import { deliveries, notifications, preferences, ruleSettings, type Channel } from './tables.js';

export const NOTIFY_CHANNEL = 'notifications';

/** What fired: a rule, the condition or event it reports, and where to go. */
export type NotificationDraft = {
  ruleKey: string;
  dedupeKey: string;
  params: Record<string, string | number | null>;
  link: string | null;
  projectId?: string | null;
  regionCode?: string | null;
  eventId?: string | null;
  /** For 'responsibleOrganisation' / 'facilityUsers' audiences. */
  organisationIds?: string[];
  /** For the 'assignedUsers' audience. */
  userIds?: string[];
};

// ---------------------------------------------------------------- rules per region

export type EffectiveRule = RuleDefinition & { enabled: boolean; minutes: number | null; days: number | null; changedForRegion: boolean };

/** The rules as they apply in a region: the national defaults with the region's changes. */
export async function effectiveRules(db: DbOrTx, regionCode: string | null): Promise<EffectiveRule[]> {
  const rows = regionCode ? await db.select().from(ruleSettings).where(eq(ruleSettings.regionCode, regionCode)) : [];
  const byKey = new Map(rows.map((r) => [r.ruleKey, r]));
  return ruleDefinitions.map((d) => {
    const o = byKey.get(d.key);
    return {
      ...d,
      enabled: o?.enabled ?? d.defaults.enabled,
      minutes: o?.minutes ?? d.defaults.minutes ?? null,
      days: o?.days ?? d.defaults.days ?? null,
      changedForRegion: !!o,
    };
  });
}

export async function setRegionRule(
  tx: DbOrTx,
  actor: AuditActor,
  regionCode: string,
  key: string,
  change: { enabled: boolean; minutes?: number | null; days?: number | null },
): Promise<void> {
  const [before] = await tx
    .select()
    .from(ruleSettings)
    .where(and(eq(ruleSettings.ruleKey, key), eq(ruleSettings.regionCode, regionCode)));
  const values = {
    ruleKey: key,
    regionCode,
    enabled: change.enabled,
    minutes: change.minutes ?? null,
    days: change.days ?? null,
    updatedBy: actor.id,
    updatedAt: new Date(),
  };
  await tx
    .insert(ruleSettings)
    .values(values)
    .onConflictDoUpdate({ target: [ruleSettings.ruleKey, ruleSettings.regionCode], set: values });
  await recordAudit(tx, actor, {
    action: 'notifications.rule.update',
    entityType: 'notification_rule',
    entityId: key,
    regionCode,
    before: before ?? null,
    after: values,
  });
}

// ---------------------------------------------------------------- recipients

/** Resolves a rule's audiences for one draft into active users (each once). */
export async function recipientsFor(db: DbOrTx, rule: RuleDefinition, d: NotificationDraft): Promise<Recipient[]> {
  const out = new Map<string, Recipient>();
  const add = (rs: Recipient[]) => rs.forEach((r) => out.set(r.id, r));
  let region = d.regionCode ?? null;
  if (d.projectId && !region) region = (await projectRefs(db, [d.projectId])).get(d.projectId)?.regionCode ?? null;
  for (const a of rule.audiences as Audience[]) {
    if (a === 'projectEnterprise' && d.projectId) {
      add(await recipientUsers(db, { roles: ['enterprise'], organisationIds: [...(await participantOrganisationIds(db, d.projectId))] }));
    } else if ((a === 'responsibleOrganisation' || a === 'facilityUsers') && d.organisationIds?.length) {
      add(await recipientUsers(db, { roles: a === 'facilityUsers' ? ['facility'] : ['enterprise'], organisationIds: d.organisationIds }));
    } else if (a === 'regionRegulators' && region) {
      add(await recipientUsers(db, { roles: ['regulator'], regionCodes: [region] }));
    } else if (a === 'assignedUsers' && d.userIds?.length) {
      add(await recipientUsers(db, { userIds: d.userIds }));
    } else if (a === 'admins') {
      add(await recipientUsers(db, { roles: ['admin'] }));
    }
  }
  return [...out.values()];
}

// ---------------------------------------------------------------- creating notifications

/** Channels a category goes to by default, besides the inbox: e-mail for what must not wait. */
const DEFAULT_CHANNELS: Record<string, Channel[]> = { alarm: ['email'], supervision: ['email'], integrity: ['email'] };

/** The hour in China time (Asia/Shanghai, UTC+8 without daylight saving). */
const chinaHour = (d: Date) => (d.getUTCHours() + 8) % 24;

/** When a delivery may be sent: now, or the end of the user's quiet hours (critical ones are never held). */
export function sendAt(now: Date, severity: string, quiet: { start: number | null; end: number | null }): Date {
  if (severity === 'critical' || quiet.start == null || quiet.end == null || quiet.start === quiet.end) return now;
  const h = chinaHour(now);
  const inQuiet = quiet.start < quiet.end ? h >= quiet.start && h < quiet.end : h >= quiet.start || h < quiet.end;
  if (!inQuiet) return now;
  const wait = (quiet.end - h + 24) % 24;
  const at = new Date(now.getTime() + wait * 3600_000);
  at.setUTCMinutes(0, 0, 0);
  return at;
}

/**
 * Creates the draft's notification for each recipient once: a recipient who already has an open notification for the
 * same condition (user, dedupe key) gets nothing new, so two instances handling the same event or condition at once
 * still create one. Outside channels get a delivery row in the same transaction; browsers hear of it through
 * NOTIFY on commit. Returns the number created.
 */
export async function createNotifications(tx: DbOrTx, d: NotificationDraft, recipients: Recipient[], now = new Date()): Promise<number> {
  const rule = ruleByKey.get(d.ruleKey);
  if (!rule || !recipients.length) return 0;
  const userIds = recipients.map((r) => r.id);
  const ids = recipients.map(() => randomUUID());
  const created = await selectRows<{ id: string; user_id: string }>(
    tx,
    sql`insert into notifications (id, user_id, kind, category, severity, params, link, project_id, event_id, dedupe_key, created_at)
        select u.id, u.user_id, ${rule.key}, ${rule.category}, ${rule.severity}, ${JSON.stringify(d.params)}::jsonb, ${d.link},
               ${d.projectId ?? null}::uuid, ${d.eventId ?? null}::uuid, ${d.dedupeKey}, ${now}
          from unnest(${sql.raw(`'{${ids.join(',')}}'::uuid[]`)}, ${sql.raw(`'{${userIds.join(',')}}'::uuid[]`)}) as u(id, user_id)
        on conflict (user_id, dedupe_key) where cleared_at is null do nothing
        returning id, user_id`,
  );
  if (!created.length) return 0;
  const createdUsers = created.map((c) => c.user_id);
  const prefs = new Map(
    (await tx.select().from(preferences).where(inArray(preferences.userId, createdUsers))).map((p) => [p.userId, p] as const),
  );
  const byUser = new Map(recipients.map((r) => [r.id, r]));
  const rows: (typeof deliveries.$inferInsert)[] = [];
  for (const c of created) {
    const pref = prefs.get(c.user_id);
    const wanted = pref?.channels[rule.category] ?? DEFAULT_CHANNELS[rule.category] ?? [];
    const at = sendAt(now, rule.severity, { start: pref?.quietStart ?? null, end: pref?.quietEnd ?? null });
    for (const channel of wanted) {
      if (channel === 'email' && !byUser.get(c.user_id)?.email) continue;
      if (channel === 'gateway' && !byUser.get(c.user_id)?.organisationId) continue;
      rows.push({ notificationId: c.id, userId: c.user_id, channel, nextAt: at });
    }
  }
  for (let i = 0; i < rows.length; i += 1000) await tx.insert(deliveries).values(rows.slice(i, i + 1000));
  // One NOTIFY per chunk of users (payload < 8000 bytes); instances with a stream open for one of them push it.
  for (let i = 0; i < createdUsers.length; i += 180) {
    await tx.execute(sql`select pg_notify(${NOTIFY_CHANNEL}, ${createdUsers.slice(i, i + 180).join(',')})`);
  }
  return created.length;
}

/** Fires a rule for a draft in the region's settings; returns how many notifications were created. */
export async function fire(tx: DbOrTx, d: NotificationDraft, now = new Date()): Promise<number> {
  const rule = ruleByKey.get(d.ruleKey);
  if (!rule) return 0;
  let region = d.regionCode ?? null;
  if (d.projectId && !region) region = (await projectRefs(tx, [d.projectId])).get(d.projectId)?.regionCode ?? null;
  const effective = (await effectiveRules(tx, region)).find((r) => r.key === rule.key)!;
  if (!effective.enabled) return 0;
  return createNotifications(tx, { ...d, regionCode: region }, await recipientsFor(tx, rule, { ...d, regionCode: region }), now);
}

/** Condition rules: the conditions that no longer hold are cleared, so they may notify again if they come back. */
export async function clearConditions(tx: DbOrTx, ruleKey: string, stillOpen: string[], now = new Date()): Promise<number> {
  const where: SQL[] = [eq(notifications.kind, ruleKey), isNull(notifications.clearedAt)];
  if (stillOpen.length) where.push(notInArray(notifications.dedupeKey, stillOpen));
  const rows = await tx
    .update(notifications)
    .set({ clearedAt: now })
    .where(and(...where))
    .returning({ id: notifications.id });
  return rows.length;
}

// ---------------------------------------------------------------- inbox

export type InboxItem = {
  id: string;
  kind: string;
  category: string;
  severity: string;
  text: string;
  link: string | null;
  createdAt: string;
  read: boolean;
};

/** A notification's text in a language; `x_zh` / `x_en` parameters fill `{x}` in their language. */
export function renderText(kind: string, params: Record<string, unknown>, lang: Language): string {
  const filled: Record<string, unknown> = { ...params };
  for (const [k, v] of Object.entries(params)) {
    const m = /^(.*)_(zh|en)$/.exec(k);
    if (m && (m[2] === 'zh') === (lang === 'zh-CN')) filled[m[1]!] = v;
  }
  return translate(`notify.${kind}`, lang, filled);
}

/** A page of the user's inbox, newest first, by keyset (created_at, id) so deep pages stay fast. */
export async function inbox(
  db: DbOrTx,
  p: Principal,
  lang: Language,
  q: { unread?: boolean; category?: string; before?: { at: Date; id: string }; limit: number },
) {
  const where: SQL[] = [eq(notifications.userId, p.userId)];
  if (q.unread) where.push(isNull(notifications.readAt));
  if (q.category) where.push(eq(notifications.category, q.category));
  if (q.before)
    where.push(
      or(lt(notifications.createdAt, q.before.at), and(eq(notifications.createdAt, q.before.at), lt(notifications.id, q.before.id)))!,
    );
  const rows = await db
    .select()
    .from(notifications)
    .where(and(...where))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(q.limit + 1);
  const more = rows.length > q.limit;
  const page = rows.slice(0, q.limit);
  const items: InboxItem[] = page.map((n) => ({
    id: n.id,
    kind: n.kind,
    category: n.category,
    severity: n.severity,
    text: renderText(n.kind, n.params, lang),
    link: n.link,
    createdAt: n.createdAt.toISOString(),
    read: !!n.readAt,
  }));
  const last = page.at(-1);
  return { items, next: more && last ? Buffer.from(`${last.createdAt.toISOString()}|${last.id}`).toString('base64url') : null };
}

export const decodeBefore = (cursor: string): { at: Date; id: string } | null => {
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const d = new Date(at ?? '');
  return Number.isNaN(d.getTime()) || !id || !/^[0-9a-f-]{36}$/.test(id) ? null : { at: d, id };
};

export async function unreadCount(db: DbOrTx, userId: string): Promise<number> {
  const [r] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return r?.n ?? 0;
}

export async function markRead(db: DbOrTx, userId: string, id: string | 'all'): Promise<number> {
  const where: SQL[] = [eq(notifications.userId, userId), isNull(notifications.readAt)];
  if (id !== 'all') {
    const [exists] = await db
      .select({ id: notifications.id })
      .from(notifications)
      .where(and(eq(notifications.id, id), eq(notifications.userId, userId)));
    if (!exists) throw notFound();
    where.push(eq(notifications.id, id));
  }
  const rows = await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(...where))
    .returning({ id: notifications.id });
  return rows.length;
}

// ---------------------------------------------------------------- preferences

export type PreferencesView = {
  channels: Partial<Record<string, Channel[]>>;
  quietStart: number | null;
  quietEnd: number | null;
  dailyDigest: boolean;
  language: 'zh-CN' | 'en';
};

export async function preferencesOf(db: DbOrTx, userId: string): Promise<PreferencesView> {
  const [p] = await db.select().from(preferences).where(eq(preferences.userId, userId));
  return {
    channels: p?.channels ?? DEFAULT_CHANNELS,
    quietStart: p?.quietStart ?? null,
    quietEnd: p?.quietEnd ?? null,
    dailyDigest: p?.dailyDigest ?? false,
    language: p?.language ?? 'zh-CN',
  };
}

export async function savePreferences(tx: DbOrTx, actor: AuditActor, userId: string, v: PreferencesView): Promise<PreferencesView> {
  const before = await preferencesOf(tx, userId);
  const values = { userId, ...v, updatedAt: new Date() };
  await tx.insert(preferences).values(values).onConflictDoUpdate({ target: preferences.userId, set: values });
  await recordAudit(tx, actor, {
    action: 'notifications.preferences.update',
    entityType: 'notification_preferences',
    entityId: userId,
    before,
    after: v,
  });
  return v;
}
