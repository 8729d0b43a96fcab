import { and, count, eq, inArray, isNull, lte, min } from 'drizzle-orm';
import { isoOrNull, todo, type Todo, type TodoSource } from '../../platform/todos.js';
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
      out.push(
        todo({ kind: 'notice.toVerify', count: responded.n, link: '/supervision?noticeStatus=responded', severity: 'warning' }),
      );
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
