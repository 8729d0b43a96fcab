import { and, count, eq, inArray, isNull, lte, min } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import { isoOrNull, todo, type OpenCondition, type Todo, type TodoSource } from '../../platform/todos.js';
import { visibleProjectIds } from '../projects/index.js';
import { findings, notices } from './tables.js';
import { awaitingParticipant } from './workflow.js';

/**
 * 待办 of supervision. The counts use the same conditions as the findings list (store.listFindings) with the filters
 * in each link, so the number on the 工作台 is the number of rows the link shows.
 */
export const supervisionTodos: TodoSource = async (db, p, now) => {
  const out: Todo[] = [];
  if (p.role === 'enterprise' && p.organisationId) {
    const ids = await visibleProjectIds(db, p);
    if (!ids.length) return out;
    const mine = and(inArray(findings.projectId, ids), eq(notices.responsibleOrganisationId, p.organisationId));
    const [open] = await db
      .select({ n: count(), first: min(notices.deadline) })
      .from(findings)
      .innerJoin(notices, eq(notices.findingId, findings.id))
      .where(and(mine, inArray(notices.status, [...awaitingParticipant])));
    const [late] = await db
      .select({ n: count() })
      .from(findings)
      .innerJoin(notices, eq(notices.findingId, findings.id))
      .where(and(mine, inArray(notices.status, [...awaitingParticipant]), lte(notices.deadline, now)));
    if (open && open.n > 0)
      out.push(
        todo({
          kind: 'notice.toRectify',
          count: open.n,
          overdue: late?.n ?? 0,
          deadline: isoOrNull(open.first),
          link: '/supervision?mine=true&awaiting=true',
          severity: (late?.n ?? 0) > 0 ? 'critical' : 'warning',
        }),
      );
    const [stop] = await db
      .select({ n: count() })
      .from(findings)
      .innerJoin(notices, eq(notices.findingId, findings.id))
      .where(and(mine, eq(findings.stopWork, true), isNull(findings.stopWorkLiftedAt), eq(findings.status, 'open')));
    if (stop && stop.n > 0)
      out.push(todo({ kind: 'notice.stopWork', count: stop.n, link: '/supervision?mine=true&stopWork=true', severity: 'critical' }));
  }
  if (p.role === 'regulator' || p.role === 'admin') {
    const ids = await visibleProjectIds(db, p);
    if (!ids.length) return out;
    const inScope = inArray(findings.projectId, ids);
    const [responded] = await db
      .select({ n: count() })
      .from(findings)
      .innerJoin(notices, eq(notices.findingId, findings.id))
      .where(and(inScope, eq(notices.status, 'responded')));
    if (responded && responded.n > 0)
      out.push(todo({ kind: 'notice.toVerify', count: responded.n, link: '/supervision?noticeStatus=responded', severity: 'warning' }));
    const [late] = await db
      .select({ n: count(), first: min(notices.deadline) })
      .from(findings)
      .innerJoin(notices, eq(notices.findingId, findings.id))
      .where(and(inScope, inArray(notices.status, [...awaitingParticipant]), lte(notices.deadline, now)));
    if (late && late.n > 0)
      out.push(
        todo({
          kind: 'notice.overdue',
          count: late.n,
          overdue: late.n,
          deadline: isoOrNull(late.first),
          link: '/supervision?overdue=true',
          severity: 'critical',
        }),
      );
  }
  return out;
};

const chinaDay = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

/**
 * Notices for the notification rules: waiting for the responsible organisation and due within `days` (dueSoon),
 * past their deadline (overdue), and stop-work orders in force.
 */
export async function noticeConditions(db: DbOrTx, now: Date, days: number) {
  const waiting = await db
    .select({ n: notices })
    .from(notices)
    .where(inArray(notices.status, [...awaitingParticipant]))
    .limit(20_000);
  const soonLimit = now.getTime() + days * 86_400_000;
  const cond = (n: typeof notices.$inferSelect, what: string): OpenCondition => ({
    key: `notice:${n.id}:${what}`,
    projectId: n.projectId,
    regionCode: n.regionCode,
    params: { code: n.code, deadline: chinaDay(n.deadline), dueInDays: Math.ceil((n.deadline.getTime() - now.getTime()) / 86_400_000) },
    link: `/supervision/notices/${n.id}`,
    organisationIds: [n.responsibleOrganisationId],
  });
  const dueSoon = waiting
    .filter(({ n }) => n.deadline.getTime() > now.getTime() && n.deadline.getTime() <= soonLimit)
    .map(({ n }) => cond(n, 'dueSoon'));
  const overdue = waiting.filter(({ n }) => n.deadline.getTime() <= now.getTime()).map(({ n }) => cond(n, 'overdue'));
  const stops = await db
    .select({ f: findings })
    .from(findings)
    .where(and(eq(findings.stopWork, true), isNull(findings.stopWorkLiftedAt), eq(findings.status, 'open')))
    .limit(20_000);
  const stopWork: OpenCondition[] = stops.map(({ f }) => ({
    key: `finding:${f.id}:stopWork`,
    projectId: f.projectId,
    params: { detail_zh: f.description, detail_en: f.description },
    link: `/projects/${f.projectId}/supervision`,
  }));
  return { dueSoon, overdue, stopWork };
}
