// Demo evaluations, each in its project's own time:
// - pilots under construction (实施中): three closed monthly self-evaluations of the construction stage, this month's
//   self-evaluation still open (in progress), and on some a stage expert evaluation waiting for two pool experts, so
//   every expert's 我的评价任务 has work;
// - finished pilots (已完工 / 已总结): one self-evaluation per stage dated inside their construction period and a closed
//   final evaluation dated at completion — nothing dated today.
import { and, eq, inArray } from 'drizzle-orm';
import type { DemoSeeder } from '../demo/index.js';
import type { Principal } from '../../platform/auth/principal.js';
import type { AuditActor } from '../../platform/audit.js';
import type { DbOrTx } from '../../db/database.js';
import { demoProjects, getProjectRow, type ProjectRef } from '../projects/index.js';
import { findUserByUsername } from '../accounts/index.js';
import { wasteIndicatorDefinitions } from '../waste/index.js';
import { siteIndicatorDefinitions } from '../site/index.js';
import * as store from './store.js';
import { stageItems } from './compute.js';
import { evaluationExperts, evaluations } from './tables.js';

const ACTOR: AuditActor = { id: null, name: 'demo', role: null, ip: null };
const SELF = {
  userId: '00000000-0000-0000-0000-000000000000',
  username: 'demo',
  displayName: '项目部（演示自评）',
  role: 'enterprise',
} as Principal;
const MONTHS_BACK = [3, 2, 1];
const EXPERTS = ['expert.wang', 'expert.li', 'expert.zhang', 'expert.chen'];

// The indicators of the construction stage, from the modules that own them (the registry is not built yet at seed time).
const registry = new Map([...wasteIndicatorDefinitions, ...siteIndicatorDefinitions].map((d) => [d.key, d]));
const indicators: store.IndicatorSource = { get: (key) => registry.get(key) };

function monthsAgo(n: number, now = new Date()): string {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - n, 1));
  return d.toISOString().slice(0, 7);
}
const noon = (day: string) => new Date(`${day}T12:00:00+08:00`);

/** Fills every item of an open evaluation as the project team would; `upTo` leaves the rest blank (work in progress). */
async function fillItems(tx: DbOrTx, id: string, seed: number, upTo = Infinity) {
  const ev = await store.evaluationRow(tx, id);
  const scheme = (await store.schemeById(tx, ev.schemeId)).document;
  const inputs = await store.batchInputsOf(tx, ev);
  for (const [ii, item] of stageItems(scheme, ev.stageId!).entries()) {
    if (ii >= upTo) break;
    const auto = inputs.items.find((i) => i.itemId === item.id)?.auto;
    if (item.scoring.mode === 'indicator') {
      if (!auto || auto.value === null)
        await store.setItemEntry(tx, ACTOR, SELF, ev, { itemId: item.id, notApplicable: true, reason: '本月无监测数据（演示）' });
      continue;
    }
    const allowed = item.scoring.allowedScores ?? [0, item.maxScore];
    // Strong projects score high; the weakest step now and then, deterministically.
    const pick =
      item.kind === 'control' ? allowed.length - 1 : (seed + ii) % 4 === 0 ? Math.max(0, allowed.length - 2) : allowed.length - 1;
    await store.setItemEntry(tx, ACTOR, SELF, ev, { itemId: item.id, score: allowed[pick]!, note: '演示自评' });
  }
}

/** Dates an evaluation's own timestamps at the day it was made (the store stamps "now"). */
async function backdate(tx: DbOrTx, id: string, day: string) {
  const at = noon(day);
  await tx.update(evaluations).set({ createdAt: at, submittedAt: at, closedAt: at }).where(eq(evaluations.id, id));
}

async function seedImplementing(tx: DbOrTx, project: ProjectRef, pi: number) {
  for (const back of MONTHS_BACK) {
    const id = await store.openEvaluation(
      tx,
      indicators,
      ACTOR,
      project,
      { kind: 'monthly_self', period: monthsAgo(back) },
      { isDemo: true },
    );
    await fillItems(tx, id, pi + back);
    await store.submitEvaluation(tx, ACTOR, await store.evaluationRow(tx, id));
    await store.closeEvaluation(tx, ACTOR, await store.evaluationRow(tx, id));
  }
  // This month's self-evaluation, half filled in: the project team's work in progress.
  const open = await store.openEvaluation(tx, indicators, ACTOR, project, { kind: 'monthly_self', period: monthsAgo(0) }, { isDemo: true });
  await fillItems(tx, open, pi, 4);
}

async function seedFinished(tx: DbOrTx, project: ProjectRef, pi: number): Promise<boolean> {
  const row = await getProjectRow(tx, project.id);
  if (!row?.actualStart || !row.actualFinish) return false;
  const start = noon(row.actualStart).getTime();
  const finish = noon(row.actualFinish).getTime();
  const scheme = await store.latestScheme(tx, await store.projectSchemeCode(tx, project.id));
  if (!scheme) return false;
  const stages = scheme.document.stages;
  for (const [si, stage] of stages.entries()) {
    // One self-evaluation per stage, spread over the construction period, dated in its month.
    const at = new Date(start + ((si + 1) / (stages.length + 1)) * (finish - start));
    const period = new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 7);
    const id = await store.openEvaluation(
      tx,
      indicators,
      ACTOR,
      project,
      { kind: 'monthly_self', period, stageId: stage.id },
      { isDemo: true, now: at },
    );
    await fillItems(tx, id, pi + si);
    await store.submitEvaluation(tx, ACTOR, await store.evaluationRow(tx, id));
    await store.closeEvaluation(tx, ACTOR, await store.evaluationRow(tx, id));
    await backdate(tx, id, (await store.evaluationRow(tx, id)).evaluatedOn);
  }
  const final = await store.openEvaluation(
    tx,
    indicators,
    ACTOR,
    project,
    { kind: 'final', evaluatedOn: row.actualFinish },
    { isDemo: true, now: noon(row.actualFinish) },
  );
  await store.closeEvaluation(tx, ACTOR, await store.evaluationRow(tx, final));
  await backdate(tx, final, row.actualFinish);
  return true;
}

export const evaluationDemoSeeder: DemoSeeder = {
  name: 'evaluation',
  async seed(database, { log }) {
    const db = database.db;
    await store.seedSchemes(db);
    const all = await demoProjects(db);
    const implementing = all.filter((p) => p.status === 'implementing');
    const finished = all.filter((p) => p.status === 'completed' || p.status === 'summarised');
    const projects = [...implementing, ...finished];
    if (!projects.length) return;
    const existing = await db
      .select({ id: evaluations.id })
      .from(evaluations)
      .where(
        and(
          eq(evaluations.isDemo, true),
          inArray(
            evaluations.projectId,
            projects.map((p) => p.id),
          ),
        ),
      )
      .limit(1);
    if (existing.length) return;
    const experts = (await Promise.all(EXPERTS.map((u) => findUserByUsername(db, u)))).filter((u) => !!u);
    let open = 0;
    for (const [pi, project] of implementing.entries()) await db.transaction((tx) => seedImplementing(tx, project, pi));
    // Stage expert evaluations on the first pilots of each region, two experts each, rotating through the pool.
    const panels = ['hunan', 'shenzhen', 'changzhou'].flatMap((r) => implementing.filter((p) => p.regionCode === r).slice(0, 2));
    for (const [k, project] of panels.entries()) {
      if (!experts.length) break;
      await db.transaction(async (tx) => {
        const id = await store.openEvaluation(
          tx,
          indicators,
          ACTOR,
          project,
          { kind: 'stage_expert', stageId: 'construction' },
          { isDemo: true },
        );
        const ev = await store.evaluationRow(tx, id);
        const panel = [experts[k % experts.length]!, experts[(k + 1) % experts.length]!];
        await store.assignExperts(tx, ACTOR, ev, [...new Set(panel.map((e) => e.id))]);
        await tx.update(evaluationExperts).set({ assignedAt: new Date() }).where(eq(evaluationExperts.evaluationId, id));
      });
      open++;
    }
    let finals = 0;
    for (const [pi, project] of finished.entries()) if (await db.transaction((tx) => seedFinished(tx, project, pi))) finals++;
    log(
      `evaluation: ${implementing.length} pilots under construction with closed and open self-evaluations, ${open} stage expert evaluations waiting for experts, ${finals} final evaluations on finished pilots`,
    );
  },
};
