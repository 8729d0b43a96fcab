// Monthly snapshots and the views built on them (trends, warnings, the regional dashboard, the ministry comparison).
// Views read the snapshots table only, never valueFor live, so they answer in a few queries whatever the size.
import { and, asc, eq, inArray, lt, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/database.js';
import type { IndicatorDefinition, IndicatorRegistry } from '../../platform/indicators.js';
import {
  distribution,
  forecastTarget,
  meets,
  monthIndex,
  monthOf,
  monthsBetween,
  trafficLight,
  type Direction,
  type Distribution,
  type Light,
} from '../../../domain/tracking/forecast.js';
import { allProjects, getProjectRow } from '../projects/index.js';
import type { ProjectRow, ProjectStatus } from '../projects/index.js';
import type { PlanTarget } from '../planning/index.js';
import { approvedPlanTargets as planTargets } from '../planning/index.js';
import { trackingSnapshots } from './tables.js';

/** Projects whose indicators are tracked: those being built or finished. */
export const TRACKED_STATUSES: ProjectStatus[] = ['implementing', 'completed', 'summarised'];
/** How far back the job backfills (and the dashboard's history): 36 months. */
export const MAX_BACKFILL_MONTHS = 36;

const CHINA_MS = 8 * 3600_000;
/** The China-time calendar month of a moment, 'YYYY-MM'. */
export const chinaMonth = (d: Date) => new Date(d.getTime() + CHINA_MS).toISOString().slice(0, 7);
/** The last complete month at `now` (China time). */
export const lastCompleteMonth = (now: Date = new Date()) => monthOf(monthIndex(chinaMonth(now)) - 1);
/** The last millisecond of a month in China time: the `asOf` of its snapshot. */
export function monthEnd(month: string): Date {
  const i = monthIndex(month) + 1;
  return new Date(Date.UTC(Math.floor(i / 12), i % 12, 1) - CHINA_MS - 1);
}

export type SnapshotRow = { projectId: string; month: string; indicatorKey: string; value: number | null };

/**
 * The months a project should have snapshots for at `now`: from its start (actual, else planned) to the last complete
 * month, at most the last 36. Finished projects keep being snapshotted: their figures (e.g. quality records, the
 * ledger's verification) still change, and the dashboard compares every tracked project in the same month.
 */
export function monthsDue(project: Pick<ProjectRow, 'status' | 'actualStart' | 'plannedStart'>, now: Date = new Date()): string[] {
  if (!TRACKED_STATUSES.includes(project.status)) return [];
  const start = project.actualStart ?? project.plannedStart;
  if (!start) return [];
  const last = lastCompleteMonth(now);
  const from = monthOf(Math.max(monthIndex(start.slice(0, 7)), monthIndex(last) - MAX_BACKFILL_MONTHS + 1));
  return monthsBetween(from, last);
}

async function valueOf(
  db: Db,
  def: IndicatorDefinition,
  projectId: string,
  asOf: Date,
  log?: (msg: string, err: unknown) => void,
): Promise<number | null> {
  try {
    const v = await def.valueFor(db, projectId, asOf);
    return v === null || !Number.isFinite(v) ? null : v;
  } catch (err) {
    log?.(`indicator ${def.key} failed for ${projectId}`, err);
    return null;
  }
}

/** Computes every registered indicator of one project for one month and upserts the rows. */
export async function snapshotMonth(
  db: Db,
  registry: IndicatorRegistry,
  projectId: string,
  month: string,
  log?: (msg: string, err: unknown) => void,
): Promise<SnapshotRow[]> {
  const asOf = monthEnd(month);
  const rows: SnapshotRow[] = [];
  for (const def of registry.list())
    rows.push({ projectId, month, indicatorKey: def.key, value: await valueOf(db, def, projectId, asOf, log) });
  if (rows.length)
    await db
      .insert(trackingSnapshots)
      .values(rows)
      .onConflictDoUpdate({
        target: [trackingSnapshots.projectId, trackingSnapshots.month, trackingSnapshots.indicatorKey],
        set: { value: sql`excluded.value`, computedAt: sql`now()` },
      });
  return rows;
}

export type SnapshotRun = { computed: number; remaining: number };

/**
 * The scheduled job: snapshots every tracked project for every due month not yet snapshotted, newest month first
 * (so the dashboard fills first). Stops after `budgetMs` and reports what remains; safe to run again at any time.
 */
export async function runSnapshots(
  db: Db,
  registry: IndicatorRegistry,
  opts: { now?: Date; budgetMs?: number; log?: (msg: string, err: unknown) => void } = {},
): Promise<SnapshotRun> {
  const started = Date.now();
  const projects = (await allProjects(db)).filter((p) => TRACKED_STATUSES.includes(p.status));
  if (!projects.length) return { computed: 0, remaining: 0 };
  const done = await db
    .selectDistinct({ projectId: trackingSnapshots.projectId, month: trackingSnapshots.month })
    .from(trackingSnapshots)
    .where(
      inArray(
        trackingSnapshots.projectId,
        projects.map((p) => p.id),
      ),
    );
  const have = new Set(done.map((d) => `${d.projectId}/${d.month}`));
  const todo = projects
    .flatMap((p) => monthsDue(p, opts.now).map((month) => ({ projectId: p.id, code: p.code, month })))
    .filter((t) => !have.has(`${t.projectId}/${t.month}`))
    .sort((a, b) => b.month.localeCompare(a.month) || a.code.localeCompare(b.code));
  let computed = 0;
  for (const t of todo) {
    if (computed > 0 && opts.budgetMs !== undefined && Date.now() - started > opts.budgetMs) break;
    await snapshotMonth(db, registry, t.projectId, t.month, opts.log);
    computed++;
  }
  return { computed, remaining: todo.length - computed };
}

/** Recomputes every due month of one project (after corrections), replacing its rows. */
export async function recomputeProject(db: Db, registry: IndicatorRegistry, project: ProjectRow, now: Date = new Date()): Promise<number> {
  const months = monthsDue(project, now);
  for (const m of months) await snapshotMonth(db, registry, project.id, m);
  return months.length;
}

/** Recomputes one indicator in the months a project already has from `fromMonth` on (after a manual entry). */
export async function refreshIndicator(
  db: Db,
  registry: IndicatorRegistry,
  projectId: string,
  key: string,
  fromMonth: string,
): Promise<number> {
  const def = registry.get(key);
  if (!def) return 0;
  const months = await db
    .selectDistinct({ month: trackingSnapshots.month })
    .from(trackingSnapshots)
    .where(and(eq(trackingSnapshots.projectId, projectId), sql`${trackingSnapshots.month} >= ${fromMonth}`));
  for (const { month } of months) {
    const value = await valueOf(db, def, projectId, monthEnd(month));
    await db
      .insert(trackingSnapshots)
      .values({ projectId, month, indicatorKey: key, value })
      .onConflictDoUpdate({
        target: [trackingSnapshots.projectId, trackingSnapshots.month, trackingSnapshots.indicatorKey],
        set: { value: sql`excluded.value`, computedAt: sql`now()` },
      });
  }
  return months.length;
}

// ─── Reading snapshots (exported for the evaluation and reports through index.ts) ───

export type LatestSnapshot = { value: number | null; month: string };

/**
 * The latest snapshot on or before `asOfMonth` per project and indicator: Map projectId → Map key → snapshot.
 * Two queries: the month itself, then earlier months only for projects without rows in it (e.g. finished ones).
 */
export async function latestSnapshots(
  db: DbOrTx,
  projectIds: string[],
  asOfMonth: string,
): Promise<Map<string, Map<string, LatestSnapshot>>> {
  const out = new Map<string, Map<string, LatestSnapshot>>();
  if (!projectIds.length) return out;
  const ids = [...new Set(projectIds)];
  const put = (r: { projectId: string; indicatorKey: string; value: number | null; month: string }) => {
    let m = out.get(r.projectId);
    if (!m) out.set(r.projectId, (m = new Map()));
    if (!m.has(r.indicatorKey)) m.set(r.indicatorKey, { value: r.value, month: r.month });
  };
  const cols = {
    projectId: trackingSnapshots.projectId,
    indicatorKey: trackingSnapshots.indicatorKey,
    value: trackingSnapshots.value,
    month: trackingSnapshots.month,
  };
  for (const r of await db
    .select(cols)
    .from(trackingSnapshots)
    .where(and(eq(trackingSnapshots.month, asOfMonth), inArray(trackingSnapshots.projectId, ids))))
    put(r);
  const missing = ids.filter((id) => !out.has(id));
  if (missing.length) {
    const rows = await db
      .selectDistinctOn([trackingSnapshots.projectId, trackingSnapshots.indicatorKey], cols)
      .from(trackingSnapshots)
      .where(and(lt(trackingSnapshots.month, asOfMonth), inArray(trackingSnapshots.projectId, missing)))
      .orderBy(trackingSnapshots.projectId, trackingSnapshots.indicatorKey, sql`${trackingSnapshots.month} desc`);
    for (const r of rows) put(r);
  }
  return out;
}

export type TrendPoint = { month: string; value: number | null };

/** Monthly series per indicator of one project (all snapshotted keys when `keys` is empty), oldest first. */
export async function projectTrends(db: DbOrTx, projectId: string, keys: string[] = []): Promise<Map<string, TrendPoint[]>> {
  const rows = await db
    .select({ indicatorKey: trackingSnapshots.indicatorKey, month: trackingSnapshots.month, value: trackingSnapshots.value })
    .from(trackingSnapshots)
    .where(and(eq(trackingSnapshots.projectId, projectId), keys.length ? inArray(trackingSnapshots.indicatorKey, keys) : undefined))
    .orderBy(asc(trackingSnapshots.indicatorKey), asc(trackingSnapshots.month));
  const out = new Map<string, TrendPoint[]>();
  for (const k of keys) out.set(k, []);
  for (const r of rows) {
    const list = out.get(r.indicatorKey) ?? [];
    list.push({ month: r.month, value: r.value });
    out.set(r.indicatorKey, list);
  }
  return out;
}

/** The plan target of each measured indicator of a project (the first one listed when a plan names a key twice). */
export function targetsByKey(targets: PlanTarget[] | undefined): Map<string, PlanTarget> {
  const m = new Map<string, PlanTarget>();
  for (const t of targets ?? []) if (t.indicatorKey && !m.has(t.indicatorKey)) m.set(t.indicatorKey, t);
  return m;
}

export type Warning = {
  projectId: string;
  indicatorKey: string;
  targetName: string;
  target: number;
  unit: string;
  direction: Direction;
  dueMonth: string;
  dueSource: 'plan' | 'projectPlannedFinish';
  latest: { month: string; value: number } | null;
  forecast: number | null;
  slopePerMonth: number | null;
  pointsUsed: number;
};

/** Early warnings of a project: plan targets still ahead whose linear-trend forecast to the due month misses them. */
export async function projectWarnings(db: DbOrTx, projectId: string): Promise<Warning[]> {
  return (await warningsFor(db, [projectId])).get(projectId) ?? [];
}

/** Early warnings of many projects (one query for targets, one for the series). */
export async function warningsFor(db: DbOrTx, projectIds: string[], rows?: Map<string, ProjectRow>): Promise<Map<string, Warning[]>> {
  const out = new Map<string, Warning[]>();
  if (!projectIds.length) return out;
  const targets = await planTargets(db, projectIds);
  const withTargets = projectIds.filter((id) => targets.get(id)?.some((t) => t.indicatorKey));
  if (!withTargets.length) return out;
  const projectRows =
    rows ??
    new Map((await Promise.all(withTargets.map((id) => getProjectRow(db, id)))).filter((r): r is ProjectRow => !!r).map((r) => [r.id, r]));
  const series = await db
    .select({
      projectId: trackingSnapshots.projectId,
      indicatorKey: trackingSnapshots.indicatorKey,
      month: trackingSnapshots.month,
      value: trackingSnapshots.value,
    })
    .from(trackingSnapshots)
    .where(and(inArray(trackingSnapshots.projectId, withTargets), sql`${trackingSnapshots.value} is not null`))
    .orderBy(asc(trackingSnapshots.month));
  const byKey = new Map<string, Array<{ month: string; value: number }>>();
  for (const s of series) {
    const k = `${s.projectId}/${s.indicatorKey}`;
    const list = byKey.get(k) ?? [];
    list.push({ month: s.month, value: s.value! });
    byKey.set(k, list);
  }
  for (const id of withTargets) {
    const project = projectRows.get(id);
    const list: Warning[] = [];
    for (const t of targetsByKey(targets.get(id)).values()) {
      const due = t.dueDate
        ? { month: t.dueDate.slice(0, 7), source: 'plan' as const }
        : project?.plannedFinish
          ? { month: project.plannedFinish.slice(0, 7), source: 'projectPlannedFinish' as const }
          : null;
      if (!due) continue;
      const points = byKey.get(`${id}/${t.indicatorKey}`) ?? [];
      // A target whose due month is already behind the latest snapshot is history (the dashboard's light shows it), not a warning.
      const latestMonth = points.at(-1)?.month;
      if (latestMonth && due.month < latestMonth) continue;
      const f = forecastTarget(points, { value: t.targetValue, direction: t.direction, dueMonth: due.month });
      if (f.willMiss)
        list.push({
          projectId: id,
          indicatorKey: t.indicatorKey!,
          targetName: t.name,
          target: t.targetValue,
          unit: t.unit,
          direction: t.direction,
          dueMonth: due.month,
          dueSource: due.source,
          latest: f.latest,
          forecast: f.forecast,
          slopePerMonth: f.slopePerMonth,
          pointsUsed: f.pointsUsed,
        });
    }
    if (list.length) out.set(id, list);
  }
  return out;
}

// ─── Dashboard ───

export type IndicatorInfo = {
  key: string;
  module: string;
  name: { 'zh-CN': string; en: string };
  unit: string;
  direction: Direction;
  manual: boolean;
};
export type Cell = { value: number | null; month: string | null; target: number | null; light: Light };
export type DashboardRow = {
  projectId: string;
  code: string;
  name: string;
  regionCode: string;
  regionName: string | null;
  status: string;
  cells: Record<string, Cell>;
  targets: number;
  met: number;
  /** Share of targets met among those with a value, in % (1 decimal); null when no target has a value. */
  score: number | null;
  rank: number | null;
};

export type DashboardData = {
  month: string;
  indicators: IndicatorInfo[];
  rows: DashboardRow[];
  distributions: Record<string, Distribution | null>;
  lights: Record<Light, number>;
};

/** The projects × indicators table for a set of projects as of a month, ranked by composite score or by one indicator. */
export async function dashboardData(
  db: DbOrTx,
  projects: ProjectRow[],
  indicators: IndicatorInfo[],
  month: string,
  rankBy?: string,
): Promise<DashboardData> {
  const ids = projects.map((p) => p.id);
  const [snaps, targets] = await Promise.all([latestSnapshots(db, ids, month), planTargets(db, ids)]);
  const lights: Record<Light, number> = { green: 0, amber: 0, red: 0, grey: 0 };
  const rows: DashboardRow[] = projects.map((p) => {
    const s = snaps.get(p.id);
    const tk = targetsByKey(targets.get(p.id));
    const cells: Record<string, Cell> = {};
    let withValue = 0;
    let met = 0;
    for (const ind of indicators) {
      const snap = s?.get(ind.key);
      const t = tk.get(ind.key);
      const value = snap?.value ?? null;
      const light = trafficLight(value, t ? { value: t.targetValue, direction: t.direction } : null);
      lights[light]++;
      if (t && value !== null) {
        withValue++;
        if (meets(value, t.targetValue, t.direction)) met++;
      }
      cells[ind.key] = { value, month: snap?.month ?? null, target: t?.targetValue ?? null, light };
    }
    return {
      projectId: p.id,
      code: p.code,
      name: p.name,
      regionCode: p.regionCode,
      regionName: p.regionName,
      status: p.status,
      cells,
      targets: tk.size,
      met,
      score: withValue ? Math.round((met / withValue) * 1000) / 10 : null,
      rank: null,
    };
  });
  const byIndicator = indicators.find((i) => i.key === rankBy);
  const metric = (r: DashboardRow) => (byIndicator ? r.cells[byIndicator.key]!.value : r.score);
  const sign = byIndicator?.direction === 'lowerIsBetter' ? 1 : -1;
  rows.sort((a, b) => {
    const va = metric(a);
    const vb = metric(b);
    if (va === null || vb === null) return va === vb ? a.code.localeCompare(b.code) : va === null ? 1 : -1;
    return sign * (va - vb) || a.code.localeCompare(b.code);
  });
  let rank = 0;
  for (const r of rows) if (metric(r) !== null) r.rank = ++rank;
  const distributions: Record<string, Distribution | null> = {};
  for (const ind of indicators)
    distributions[ind.key] = distribution(rows.map((r) => r.cells[ind.key]!.value).filter((v): v is number => v !== null));
  return { month, indicators, rows, distributions, lights };
}

export type RegionComparison = {
  regionCode: string;
  regionName: string | null;
  projects: number;
  indicators: Record<
    string,
    { count: number; median: number | null; mean: number | null; withTarget: number; met: number; metShare: number | null }
  >;
};

/** Per region and indicator: projects with a value, median, mean, and the share meeting their target. */
export function compareRegions(data: DashboardData, regions: Array<{ code: string; nameZh: string }>): RegionComparison[] {
  return regions.map((region) => {
    const rows = data.rows.filter((r) => r.regionCode === region.code);
    const indicators: RegionComparison['indicators'] = {};
    for (const ind of data.indicators) {
      const values = rows.map((r) => r.cells[ind.key]!).filter((c) => c.value !== null);
      const d = distribution(values.map((c) => c.value!));
      const withTarget = values.filter((c) => c.target !== null);
      const met = withTarget.filter((c) => c.light === 'green').length;
      indicators[ind.key] = {
        count: values.length,
        median: d?.median ?? null,
        mean: d?.mean ?? null,
        withTarget: withTarget.length,
        met,
        metShare: withTarget.length ? Math.round((met / withTarget.length) * 1000) / 10 : null,
      };
    }
    return { regionCode: region.code, regionName: region.nameZh, projects: rows.length, indicators };
  });
}
