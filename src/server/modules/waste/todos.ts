import { and, count, eq, inArray, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import { todo, type OpenCondition, type Todo, type TodoSource } from '../../platform/todos.js';
import { projectRefs, visibleProjectIds } from '../projects/index.js';
import { facilitiesOfOrganisation } from './facilities.js';
import { wasteAlerts, wasteManifests } from './tables.js';

/**
 * 待办 of waste: per project for enterprises (the link opens that project's manifest list filtered by state, the
 * same condition as counted), loads on their way for a facility, unresolved not-received alerts for regulators.
 */
export const wasteTodos: TodoSource = async (db, p) => {
  const out: Todo[] = [];
  if (p.role === 'enterprise') {
    const ids = await visibleProjectIds(db, p);
    if (!ids.length) return out;
    const rows = await db
      .select({ projectId: wasteManifests.projectId, state: wasteManifests.state, n: count() })
      .from(wasteManifests)
      .where(and(inArray(wasteManifests.projectId, ids), inArray(wasteManifests.state, ['created', 'disputed'])))
      .groupBy(wasteManifests.projectId, wasteManifests.state);
    const refs = await projectRefs(
      db,
      rows.map((r) => r.projectId),
    );
    for (const r of rows) {
      const project = refs.get(r.projectId);
      out.push(
        todo({
          kind: r.state === 'created' ? 'manifest.toDispatch' : 'manifest.disputed',
          count: r.n,
          link: `/projects/${r.projectId}/waste?tab=manifests&state=${r.state}`,
          severity: r.state === 'disputed' ? 'warning' : 'info',
          project: project ? { id: project.id, code: project.code, name: project.name } : undefined,
        }),
      );
    }
  }
  if (p.role === 'facility' && p.organisationId) {
    const facilityIds = await facilitiesOfOrganisation(db, p.organisationId);
    if (facilityIds.length) {
      const [r] = await db
        .select({ n: count() })
        .from(wasteManifests)
        .where(and(inArray(wasteManifests.facilityId, facilityIds), eq(wasteManifests.state, 'in_transit')));
      if (r && r.n > 0) out.push(todo({ kind: 'manifest.toReceive', count: r.n, link: '/facility?state=in_transit', severity: 'warning' }));
    }
  }
  if (p.role === 'regulator' || p.role === 'admin') {
    // The same scope as GET /api/waste/alerts?open=1&kind=not_received: alerts of the visible projects.
    const ids = await visibleProjectIds(db, p);
    if (!ids.length) return out;
    const where = [eq(wasteAlerts.kind, 'not_received'), isNull(wasteAlerts.resolvedAt), inArray(wasteAlerts.projectId, ids)];
    const [r] = await db
      .select({ n: count() })
      .from(wasteAlerts)
      .where(and(...where));
    if (r && r.n > 0)
      out.push(
        todo({ kind: 'manifest.overdueReceipt', count: r.n, overdue: r.n, link: '/waste?alertKind=not_received', severity: 'warning' }),
      );
  }
  return out;
};

/** Loads past the region's receipt deadline (an open not_received alert), for the notification rule. */
export async function manifestsNotReceived(db: DbOrTx): Promise<OpenCondition[]> {
  const rows = await db
    .select({ a: wasteAlerts, number: wasteManifests.number })
    .from(wasteAlerts)
    .innerJoin(wasteManifests, eq(wasteManifests.id, wasteAlerts.manifestId))
    .where(and(eq(wasteAlerts.kind, 'not_received'), isNull(wasteAlerts.resolvedAt)))
    .limit(20_000);
  return rows.map(({ a, number }) => ({
    key: `manifest:${a.manifestId}:notReceived`,
    projectId: a.projectId,
    regionCode: a.regionCode,
    params: { code: number },
    link: `/projects/${a.projectId}/waste?tab=manifests&state=in_transit`,
  }));
}
