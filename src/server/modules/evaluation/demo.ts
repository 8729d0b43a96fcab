// Demo: a few closed monthly self-evaluations on the demo pilot projects, so the ranking and reports have content.
import { and, eq, inArray } from 'drizzle-orm';
import type { DemoSeeder } from '../demo/index.js';
import type { Principal } from '../../platform/auth/principal.js';
import type { AuditActor } from '../../platform/audit.js';
import { demoProjects } from '../projects/index.js';
import { wasteIndicatorDefinitions } from '../waste/index.js';
import { siteIndicatorDefinitions } from '../site/index.js';
import * as store from './store.js';
import { stageItems } from './compute.js';
import { evaluations } from './tables.js';

const ACTOR: AuditActor = { id: null, name: 'demo', role: null, ip: null };
const SELF = {
  userId: '00000000-0000-0000-0000-000000000000',
  username: 'demo',
  displayName: '项目部（演示自评）',
  role: 'enterprise',
} as Principal;
const MONTHS_BACK = [3, 2, 1];

// The indicators of the construction stage, from the modules that own them (the registry is not built yet at seed time).
const registry = new Map([...wasteIndicatorDefinitions, ...siteIndicatorDefinitions].map((d) => [d.key, d]));
const indicators: store.IndicatorSource = { get: (key) => registry.get(key) };

function monthsAgo(n: number, now = new Date()): string {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - n, 1));
  return d.toISOString().slice(0, 7);
}

export const evaluationDemoSeeder: DemoSeeder = {
  name: 'evaluation',
  async seed(database, { log }) {
    const db = database.db;
    await store.seedSchemes(db);
    const projects = (await demoProjects(db)).filter((p) => ['implementing', 'completed', 'summarised'].includes(p.status));
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
    let n = 0;
    for (const [pi, project] of projects.entries()) {
      for (const back of MONTHS_BACK) {
        await db.transaction(async (tx) => {
          const id = await store.openEvaluation(
            tx,
            indicators,
            ACTOR,
            project,
            { kind: 'monthly_self', period: monthsAgo(back) },
            { isDemo: true },
          );
          const ev = await store.evaluationRow(tx, id);
          const scheme = (await store.schemeById(tx, ev.schemeId)).document;
          const inputs = await store.batchInputsOf(tx, ev);
          for (const [ii, item] of stageItems(scheme, ev.stageId!).entries()) {
            const auto = inputs.items.find((i) => i.itemId === item.id)?.auto;
            if (item.scoring.mode === 'indicator') {
              if (!auto || auto.value === null)
                await store.setItemEntry(tx, ACTOR, SELF, ev, { itemId: item.id, notApplicable: true, reason: '本月无监测数据（演示）' });
              continue;
            }
            const allowed = item.scoring.allowedScores ?? [0, item.maxScore];
            // Strong projects score high; the weakest step now and then, deterministically.
            const pick =
              item.kind === 'control'
                ? allowed.length - 1
                : (pi + ii + back) % 4 === 0
                  ? Math.max(0, allowed.length - 2)
                  : allowed.length - 1;
            await store.setItemEntry(tx, ACTOR, SELF, ev, { itemId: item.id, score: allowed[pick]!, note: '演示自评' });
          }
          await store.submitEvaluation(tx, ACTOR, await store.evaluationRow(tx, id));
          await store.closeEvaluation(tx, ACTOR, await store.evaluationRow(tx, id));
          n++;
        });
      }
    }
    log(`evaluation: ${n} closed monthly self-evaluations on ${projects.length} demo projects`);
  },
};
