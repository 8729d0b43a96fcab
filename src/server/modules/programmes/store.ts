import { randomUUID } from 'node:crypto';
import { and, asc, eq, notInArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import { recordAudit, type AuditActor } from '../../platform/audit.js';
import { invalidField, notFound } from '../../platform/errors.js';
import { listRegions, regionNameOf } from '../accounts/index.js';
import { allProjects, statusCounts } from '../projects/index.js';
import { pilotStatuses } from '../projects/index.js';
import { defaultRules, representativeness, type RepresentativenessRules } from './representativeness.js';
import type { MilestoneInput, ProgrammeInput } from './schemas.js';
import { defaultPhases, programmeMilestones, programmePhases, programmes } from './tables.js';

export const today = () => new Date().toISOString().slice(0, 10);

const DAY = 86_400_000;
function phaseState(p: { startsOn: string; endsOn: string }, on: string) {
  const state = p.endsOn < on ? 'done' : p.startsOn > on ? 'upcoming' : 'current';
  const start = Date.parse(p.startsOn);
  const end = Date.parse(p.endsOn) + DAY;
  const elapsed = Math.min(1, Math.max(0, (Date.parse(on) - start) / (end - start)));
  return { state: state as 'done' | 'current' | 'upcoming', elapsed: Math.round(elapsed * 1000) / 1000 };
}

function rulesOf(p: typeof programmes.$inferSelect | null): RepresentativenessRules {
  if (!p) return defaultRules;
  return {
    minProjects: p.minProjects,
    minStructureTypes: p.minStructureTypes,
    minUseTypes: p.minUseTypes,
    minRenewalShare: p.minRenewalShare,
    requireBothCategories: p.requireBothCategories,
  };
}

const regionName = regionNameOf;

export async function programmeRow(db: DbOrTx, regionCode: string) {
  const [row] = await db.select().from(programmes).where(eq(programmes.regionCode, regionCode));
  return row ?? null;
}

/**
 * A region's programme with its phases (and where today falls in them) and milestones (overdue flagged).
 * A region without one gets the plan's defaults, unsaved (id null), so the regulator starts from the plan.
 */
export async function getProgramme(db: DbOrTx, regionCode: string, on = today()) {
  const name = await regionName(db, regionCode);
  if (!name) throw notFound();
  const p = await programmeRow(db, regionCode);
  const phases = p
    ? await db.select().from(programmePhases).where(eq(programmePhases.programmeId, p.id)).orderBy(asc(programmePhases.seq))
    : defaultPhases.map((d, i) => ({ ...d, id: null, seq: i + 1 }));
  const milestones = p
    ? await db
        .select()
        .from(programmeMilestones)
        .where(eq(programmeMilestones.programmeId, p.id))
        .orderBy(asc(programmeMilestones.dueOn), asc(programmeMilestones.title))
    : [];
  const ms = milestones.map((m) => ({
    id: m.id,
    phaseId: m.phaseId,
    title: m.title,
    owner: m.owner,
    dueOn: m.dueOn,
    status: m.status,
    completedOn: m.completedOn,
    note: m.note,
    overdue: m.status !== 'done' && m.dueOn < on,
  }));
  const phaseRows = phases.map((ph) => {
    const own = ms.filter((m) => m.phaseId === ph.id && ph.id !== null);
    return {
      id: ph.id,
      seq: ph.seq,
      name: ph.name,
      startsOn: ph.startsOn,
      endsOn: ph.endsOn,
      ...phaseState(ph, on),
      milestonesDone: own.filter((m) => m.status === 'done').length,
      milestonesTotal: own.length,
    };
  });
  const current = phaseRows.find((ph) => ph.state === 'current') ?? null;
  return {
    id: p?.id ?? null,
    regionCode,
    regionName: name,
    title: p?.title ?? `${name}绿色建造试点实施方案`,
    goals: p?.goals ?? '',
    paths: p?.paths ?? '',
    responsibleBodies: p?.responsibleBodies ?? '',
    safeguards: p?.safeguards ?? '',
    rules: rulesOf(p),
    phases: phaseRows,
    milestones: ms,
    // After the last phase a region stands at its end; before the first, nowhere yet.
    currentPhase: current?.name ?? (phaseRows.every((ph) => ph.state === 'done') ? (phaseRows.at(-1)?.name ?? null) : null),
    updatedAt: p?.updatedAt.toISOString() ?? null,
  };
}

/** Creates or replaces a region's programme; phases keep their ids (and milestones their phase) when sent back. */
export async function saveProgramme(tx: DbOrTx, actor: AuditActor, regionCode: string, input: ProgrammeInput) {
  if (!(await regionName(tx, regionCode))) throw notFound();
  const before = await programmeRow(tx, regionCode);
  const fields = {
    title: input.title,
    goals: input.goals,
    paths: input.paths,
    responsibleBodies: input.responsibleBodies,
    safeguards: input.safeguards,
    ...input.rules,
    updatedAt: new Date(),
  };
  let id = before?.id;
  if (before) await tx.update(programmes).set(fields).where(eq(programmes.id, before.id));
  else {
    id = randomUUID();
    await tx.insert(programmes).values({ id, regionCode, ...fields });
  }
  const existing = await tx.select({ id: programmePhases.id }).from(programmePhases).where(eq(programmePhases.programmeId, id!));
  const known = new Set(existing.map((e) => e.id));
  const kept: string[] = [];
  for (const [i, ph] of input.phases.entries()) {
    if (ph.id && !known.has(ph.id)) throw invalidField(`phases.${i}.id`, 'phase_unknown');
    if (ph.id) {
      await tx
        .update(programmePhases)
        .set({ seq: i + 1, name: ph.name, startsOn: ph.startsOn, endsOn: ph.endsOn })
        .where(eq(programmePhases.id, ph.id));
      kept.push(ph.id);
    } else {
      const nid = randomUUID();
      await tx
        .insert(programmePhases)
        .values({ id: nid, programmeId: id!, seq: i + 1, name: ph.name, startsOn: ph.startsOn, endsOn: ph.endsOn });
      kept.push(nid);
    }
  }
  await tx
    .delete(programmePhases)
    .where(and(eq(programmePhases.programmeId, id!), kept.length ? notInArray(programmePhases.id, kept) : sql`true`));
  const after = await getProgramme(tx, regionCode);
  await recordAudit(tx, actor, {
    action: before ? 'programme.update' : 'programme.create',
    entityType: 'programme',
    entityId: id!,
    regionCode,
    before,
    after: { ...after, milestones: undefined },
  });
  return after;
}

async function requireProgramme(tx: DbOrTx, regionCode: string) {
  const p = await programmeRow(tx, regionCode);
  if (!p) throw invalidField('regionCode', 'programme_missing');
  return p;
}

async function checkPhase(tx: DbOrTx, programmeId: string, phaseId: string | null | undefined) {
  if (!phaseId) return;
  const [ph] = await tx
    .select({ id: programmePhases.id })
    .from(programmePhases)
    .where(and(eq(programmePhases.id, phaseId), eq(programmePhases.programmeId, programmeId)));
  if (!ph) throw invalidField('phaseId', 'phase_unknown');
}

export async function addMilestone(tx: DbOrTx, actor: AuditActor, regionCode: string, input: MilestoneInput) {
  const p = await requireProgramme(tx, regionCode);
  await checkPhase(tx, p.id, input.phaseId);
  const id = randomUUID();
  const completedOn = input.status === 'done' ? (input.completedOn ?? today()) : null;
  const [row] = await tx
    .insert(programmeMilestones)
    .values({ id, programmeId: p.id, ...input, phaseId: input.phaseId ?? null, completedOn, note: input.note ?? null })
    .returning();
  await recordAudit(tx, actor, { action: 'milestone.create', entityType: 'milestone', entityId: id, regionCode, after: row });
  return row!;
}

export async function updateMilestone(tx: DbOrTx, actor: AuditActor, regionCode: string, id: string, patch: Partial<MilestoneInput>) {
  const p = await requireProgramme(tx, regionCode);
  const [before] = await tx
    .select()
    .from(programmeMilestones)
    .where(and(eq(programmeMilestones.id, id), eq(programmeMilestones.programmeId, p.id)));
  if (!before) throw notFound();
  await checkPhase(tx, p.id, patch.phaseId);
  const status = patch.status ?? before.status;
  const completedOn = status === 'done' ? (patch.completedOn ?? before.completedOn ?? today()) : null;
  const [after] = await tx
    .update(programmeMilestones)
    .set({ ...patch, completedOn, updatedAt: new Date() })
    .where(eq(programmeMilestones.id, id))
    .returning();
  await recordAudit(tx, actor, { action: 'milestone.update', entityType: 'milestone', entityId: id, regionCode, before, after });
  return after!;
}

export async function deleteMilestone(tx: DbOrTx, actor: AuditActor, regionCode: string, id: string) {
  const p = await requireProgramme(tx, regionCode);
  const [before] = await tx
    .delete(programmeMilestones)
    .where(and(eq(programmeMilestones.id, id), eq(programmeMilestones.programmeId, p.id)))
    .returning();
  if (!before) throw notFound();
  await recordAudit(tx, actor, { action: 'milestone.delete', entityType: 'milestone', entityId: id, regionCode, before });
}

/** The live representativeness panel of a region's selected set (selected and every later status). */
export async function representativenessOf(db: DbOrTx, regionCode: string) {
  const p = await programmeRow(db, regionCode);
  const rules = rulesOf(p);
  const pilots = await allProjects(db, { regionCode, status: pilotStatuses });
  return { regionCode, rules, ...representativeness(pilots, rules) };
}

/** One region's dashboard: counts by status, phases, overdue milestones and the representativeness panel. */
export async function regionSummary(db: DbOrTx, regionCode: string) {
  const programme = await getProgramme(db, regionCode);
  const counts = await statusCounts(db, { regionCode });
  const byStatus: Record<string, number> = {};
  for (const c of counts) byStatus[c.status] = c.n;
  const total = counts.reduce((s, c) => s + c.n, 0);
  return {
    regionCode,
    regionName: programme.regionName,
    byStatus,
    totalProjects: total,
    pilots: pilotStatuses.reduce((s, st) => s + (byStatus[st] ?? 0), 0),
    currentPhase: programme.currentPhase,
    phases: programme.phases,
    overdueMilestones: programme.milestones.filter((m) => m.overdue).map((m) => ({ ...m, regionCode })),
    milestonesDone: programme.milestones.filter((m) => m.status === 'done').length,
    milestonesTotal: programme.milestones.length,
    representativeness: await representativenessOf(db, regionCode),
  };
}

// The plan names the regions in this order: 湖南省, 深圳市, 常州市.
const PLAN_ORDER = ['hunan', 'shenzhen', 'changzhou'];
export async function regionCodes(db: DbOrTx): Promise<string[]> {
  const codes = (await listRegions(db)).map((r) => r.code).sort();
  const rank = (c: string) => (PLAN_ORDER.includes(c) ? PLAN_ORDER.indexOf(c) : PLAN_ORDER.length);
  return codes.sort((a, b) => rank(a) - rank(b));
}
