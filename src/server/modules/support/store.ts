import { randomUUID } from 'node:crypto';
import { and, count, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { selectRows, type DbOrTx } from '../../db/database.js';
import type { Principal } from '../../platform/auth/principal.js';
import { recordAudit, type AuditActor } from '../../platform/audit.js';
import { invalidField } from '../../platform/errors.js';
import { offsetOf, pageFromRows, totalColumn, type PageQuery } from '../../platform/pagination.js';
import { listRegions } from '../accounts/index.js';
import { projectRefs, visibleProjectIds, type ProjectRef } from '../projects/index.js';
import type { SupportInput } from './schemas.js';
import { supportRecords, type SupportKind } from './tables.js';

type Row = typeof supportRecords.$inferSelect;

/** Days an approval was faster than the standard time limit (审批时限), never negative. */
export const daysSaved = (standardDays: number | null, actualDays: number | null) =>
  standardDays === null || actualDays === null ? null : Math.max(0, standardDays - actualDays);

export function supportRow(r: Row, project?: ProjectRef) {
  return {
    id: r.id,
    projectId: r.projectId,
    projectCode: project?.code ?? null,
    projectName: project?.name ?? null,
    regionCode: r.regionCode,
    kind: r.kind,
    grantedOn: r.grantedOn,
    grantedBy: r.grantedBy,
    documentNo: r.documentNo,
    amountWanYuan: r.amountWanYuan,
    batch: r.batch,
    lender: r.lender,
    product: r.product,
    rateDiscountPct: r.rateDiscountPct,
    landParcel: r.landParcel,
    landAreaM2: r.landAreaM2,
    approvalName: r.approvalName,
    standardDays: r.standardDays,
    actualDays: r.actualDays,
    daysSaved: daysSaved(r.standardDays, r.actualDays),
    awardName: r.awardName,
    awardLevel: r.awardLevel,
    note: r.note,
    isDemo: r.isDemo,
    createdAt: r.createdAt.toISOString(),
  };
}

/** The columns of one kind; the others stay null so totals are plain sums. */
function columnsOf(input: SupportInput) {
  const base = {
    kind: input.kind,
    grantedOn: input.grantedOn,
    grantedBy: input.grantedBy ?? null,
    documentNo: input.documentNo ?? null,
    note: input.note ?? null,
    amountWanYuan: null as number | null,
    batch: null as string | null,
    lender: null as string | null,
    product: null as string | null,
    rateDiscountPct: null as number | null,
    landParcel: null as string | null,
    landAreaM2: null as number | null,
    approvalName: null as string | null,
    standardDays: null as number | null,
    actualDays: null as number | null,
    awardName: null as string | null,
    awardLevel: null as string | null,
  };
  switch (input.kind) {
    case 'reward':
      return { ...base, amountWanYuan: input.amountWanYuan, batch: input.batch ?? null };
    case 'finance':
      return {
        ...base,
        lender: input.lender,
        product: input.product ?? null,
        amountWanYuan: input.amountWanYuan,
        rateDiscountPct: input.rateDiscountPct ?? null,
      };
    case 'land':
      return { ...base, landParcel: input.landParcel, landAreaM2: input.landAreaM2 ?? null };
    case 'approval':
      if (input.actualDays > input.standardDays) throw invalidField('actualDays', 'support_actual_exceeds_standard');
      return { ...base, approvalName: input.approvalName, standardDays: input.standardDays, actualDays: input.actualDays };
    case 'award':
      return { ...base, awardName: input.awardName, awardLevel: input.awardLevel ?? null };
  }
}

export async function getSupport(db: DbOrTx, id: string) {
  const [row] = await db.select().from(supportRecords).where(eq(supportRecords.id, id));
  return row ?? null;
}

export async function createSupport(
  tx: DbOrTx,
  actor: AuditActor,
  project: ProjectRef,
  input: SupportInput,
  opts: { isDemo?: boolean } = {},
) {
  const [row] = await tx
    .insert(supportRecords)
    .values({
      id: randomUUID(),
      projectId: project.id,
      regionCode: project.regionCode,
      ...columnsOf(input),
      isDemo: opts.isDemo ?? false,
      createdBy: actor.id,
    })
    .returning();
  await recordAudit(tx, actor, {
    action: 'support.create',
    entityType: 'support_record',
    entityId: row!.id,
    regionCode: project.regionCode,
    organisationId: project.ownerOrganisationId,
    after: supportRow(row!, project),
  });
  return supportRow(row!, project);
}

export async function updateSupport(tx: DbOrTx, actor: AuditActor, project: ProjectRef, before: Row, input: SupportInput) {
  if (input.kind !== before.kind) throw invalidField('kind', 'support_kind_fixed');
  const [row] = await tx
    .update(supportRecords)
    .set({ ...columnsOf(input), updatedAt: sql`now()` })
    .where(eq(supportRecords.id, before.id))
    .returning();
  await recordAudit(tx, actor, {
    action: 'support.update',
    entityType: 'support_record',
    entityId: before.id,
    regionCode: before.regionCode,
    before: supportRow(before, project),
    after: supportRow(row!, project),
  });
  return supportRow(row!, project);
}

export async function deleteSupport(tx: DbOrTx, actor: AuditActor, project: ProjectRef, before: Row) {
  await tx.delete(supportRecords).where(eq(supportRecords.id, before.id));
  await recordAudit(tx, actor, {
    action: 'support.delete',
    entityType: 'support_record',
    entityId: before.id,
    regionCode: before.regionCode,
    before: supportRow(before, project),
  });
}

export async function listSupport(
  db: DbOrTx,
  p: Principal,
  f: { projectId?: string; regionCode?: string; kind?: SupportKind },
  page: PageQuery,
) {
  const ids = f.projectId ? [f.projectId] : await visibleProjectIds(db, p, { regionCode: f.regionCode });
  if (!ids.length) return { items: [], total: 0 };
  const where: SQL[] = [inArray(supportRecords.projectId, ids)];
  if (f.kind) where.push(eq(supportRecords.kind, f.kind));
  const cond = and(...where);
  const counted = db.select({ n: count() }).from(supportRecords).where(cond);
  const rows = await db
    .select({ r: supportRecords, total: totalColumn(counted) })
    .from(supportRecords)
    .where(cond)
    .orderBy(desc(supportRecords.grantedOn), desc(supportRecords.createdAt))
    .limit(page.pageSize)
    .offset(offsetOf(page));
  const { items, total } = await pageFromRows(rows, counted);
  const refs = await projectRefs(
    db,
    items.map((r) => r.r.projectId),
  );
  return { items: items.map((r) => supportRow(r.r, refs.get(r.r.projectId))), total };
}

const round = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits;

/**
 * What each region actually granted, over the projects the caller may see: one row per pilot region in scope
 * (regions without any grant answer zeros, so the ministry view shows all three side by side).
 */
export async function regionTotals(db: DbOrTx, p: Principal, regions: string[] | null) {
  const ids = await visibleProjectIds(db, p);
  const all = (await listRegions(db)).map((r) => r.code).filter((c) => !regions || regions.includes(c));
  const rows = ids.length
    ? await selectRows<Record<string, string | number | null> & { region_code: string }>(
        db,
        sql`select region_code,
                 count(distinct project_id)::int as projects,
                 count(*) filter (where kind = 'reward')::int as reward_count,
                 coalesce(sum(amount_wan_yuan) filter (where kind = 'reward'), 0)::float8 as reward_sum,
                 count(*) filter (where kind = 'finance')::int as finance_count,
                 coalesce(sum(amount_wan_yuan) filter (where kind = 'finance'), 0)::float8 as finance_sum,
                 avg(rate_discount_pct) filter (where kind = 'finance')::float8 as rate_avg,
                 count(*) filter (where kind = 'land')::int as land_count,
                 coalesce(sum(land_area_m2) filter (where kind = 'land'), 0)::float8 as land_area,
                 count(*) filter (where kind = 'approval')::int as approval_count,
                 coalesce(sum(greatest(standard_days - actual_days, 0)) filter (where kind = 'approval'), 0)::int as days_saved,
                 count(*) filter (where kind = 'award')::int as award_count
            from support_records
           where project_id in (${sql.join(
             ids.map((id) => sql`${id}::uuid`),
             sql`, `,
           )})
           group by region_code`,
      )
    : [];
  const byRegion = new Map(rows.map((r) => [r.region_code, r]));
  return all.map((regionCode) => {
    const r = byRegion.get(regionCode);
    const n = (k: string) => Number(r?.[k] ?? 0);
    const approvals = n('approval_count');
    return {
      regionCode,
      projectsSupported: n('projects'),
      rewardCount: n('reward_count'),
      rewardWanYuan: round(n('reward_sum'), 2),
      financeCount: n('finance_count'),
      financeWanYuan: round(n('finance_sum'), 2),
      avgRateDiscountPct: r?.rate_avg === null || r?.rate_avg === undefined ? null : round(Number(r.rate_avg), 3),
      landCount: n('land_count'),
      landAreaM2: round(n('land_area'), 1),
      approvalCount: approvals,
      approvalDaysSaved: n('days_saved'),
      avgDaysSavedPerApproval: approvals ? round(n('days_saved') / approvals, 1) : null,
      awardCount: n('award_count'),
    };
  });
}
