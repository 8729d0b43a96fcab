import { sql, type SQL } from 'drizzle-orm';
import type { Principal } from '../../platform/auth/principal.js';
import { events } from '../../platform/events.js';
import { grantedToCondition, projectVisibleCondition } from '../projects/index.js';

/**
 * Which rows of the event log a principal may see, as an SQL condition over `events`: admin all; a regulator its
 * region (a ministry regulator every region); an enterprise the projects its organisation owns or takes part in (and
 * its own organisation's events that belong to no project); an expert the projects assigned to them; anyone else none.
 * Webhooks and notifications use the same condition, so no channel shows more than the feed.
 */
export function eventVisibilityCondition(p: Principal | null): SQL {
  if (!p) return sql`false`;
  const own = ownEventsCondition(p);
  // Data-sharing grants: an organisation granted a project's dataset sees that project's events of that dataset.
  if (p.role === 'admin' || !p.organisationId) return own;
  return sql`(${own} or (${events.projectId} is not null and ${events.dataset} is not null and ${grantedToCondition(p, events.projectId, events.dataset)}))`;
}

function ownEventsCondition(p: Principal): SQL {
  const project = sql`(${events.projectId} is not null and ${projectVisibleCondition(p, events.projectId)})`;
  switch (p.role) {
    case 'admin':
      return sql`true`;
    case 'regulator':
      return p.regionCode ? sql`(${events.regionCode} = ${p.regionCode} or ${project})` : sql`true`;
    case 'enterprise':
      return p.organisationId
        ? sql`(${project} or (${events.projectId} is null and ${events.organisationId} = ${p.organisationId}))`
        : sql`false`;
    case 'expert':
      return project;
    default:
      return sql`false`;
  }
}
