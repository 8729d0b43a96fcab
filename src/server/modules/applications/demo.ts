import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { AuditActor } from '../../platform/audit.js';
import { findUserByUsername } from '../accounts/index.js';
import type { DemoSeeder } from '../demo/index.js';
import { assignProjectExperts, demoProjects, demoRegister } from '../projects/index.js';
import { createRound } from './store.js';
import { applicationRounds, applications, reviewAssignments, reviewScores } from './tables.js';

const REGION_NAMES: Record<string, string> = { hunan: '湖南省', shenzhen: '深圳市', changzhou: '常州市' };
const EXPERTS = ['expert.wang', 'expert.li', 'expert.zhang', 'expert.chen'];

/** Deterministic expert scores: strong projects score high, the rejected one low, each expert a little differently. */
function scoreFor(maxScore: number, strength: number, expert: number, criterion: number) {
  const wobble = ((expert * 7 + criterion * 3) % 5) / 100;
  return Math.round(maxScore * Math.min(1, strength - 0.02 + wobble) * 2) / 2;
}

async function demoUser(tx: Parameters<typeof findUserByUsername>[0], username: string) {
  const u = await findUserByUsername(tx, username);
  if (!u) throw new Error(`demo user missing: ${username}`);
  return { id: u.id, actor: { id: u.id, name: u.username, role: u.role, ip: null } satisfies AuditActor };
}

/**
 * Each demo region's two application rounds (the first, decided in 2021; the second, open, in review) with an
 * application per demo project, three expert reviews each and their scores. The projects' register order and statuses
 * come from the projects module's demo (demoRegister), so both tell the same story. Rows are written in bulk.
 */
export const applicationsDemoSeeder: DemoSeeder = {
  name: 'applications',
  async seed(database, { log }) {
    const { db } = database;
    const [done] = await db.select({ id: applicationRounds.id }).from(applicationRounds).where(eq(applicationRounds.isDemo, true)).limit(1);
    if (done) return;
    await db.transaction(async (tx) => {
      const byCode = new Map((await demoProjects(tx)).map((p) => [p.code, p]));
      const experts = await Promise.all(EXPERTS.map((u) => demoUser(tx, u)));
      const applicationRows: Array<typeof applications.$inferInsert> = [];
      const assignmentRows: Array<typeof reviewAssignments.$inferInsert> = [];
      const scoreRows: Array<typeof reviewScores.$inferInsert> = [];
      const at = (d: string) => new Date(`${d}T09:00:00+08:00`);

      for (const [region, pilots] of Object.entries(demoRegister())) {
        const regionName = REGION_NAMES[region]!;
        const regulator = await demoUser(tx, `${region}.regulator`);
        const enterprise = await demoUser(tx, `${region}.enterprise`);
        const first = await createRound(
          tx,
          regulator.actor,
          { regionCode: region, title: `${regionName}2021年度绿色建造试点项目申报（第一批）`, closesOn: '2021-03-15' },
          true,
        );
        const second = await createRound(
          tx,
          regulator.actor,
          { regionCode: region, title: `${regionName}绿色建造试点经验推广项目申报（第二批）`, closesOn: '2027-03-31' },
          true,
        );
        await tx
          .update(applicationRounds)
          .set({ status: 'closed', openedAt: at('2021-01-20'), closedAt: at('2021-03-15') })
          .where(eq(applicationRounds.id, first.id));
        await tx
          .update(applicationRounds)
          .set({ status: 'open', openedAt: at('2026-09-01') })
          .where(eq(applicationRounds.id, second.id));

        for (const { position: i, code, status } of pilots) {
          const project = byCode.get(code);
          if (!project) throw new Error(`demo project missing: ${code}`);
          const inSecond = status === 'reviewing' || status === 'applied';
          const round = inSecond ? second : first;
          const decided = !inSecond;
          const applicationId = randomUUID();
          applicationRows.push({
            id: applicationId,
            roundId: round.id,
            projectId: project.id,
            organisationId: project.ownerOrganisationId,
            submittedBy: enterprise.id,
            submittedAt: at(inSecond ? '2026-09-20' : '2021-02-10'),
            status: status === 'applied' ? 'submitted' : decided ? 'decided' : 'reviewing',
            decision: decided ? (status === 'rejected' ? 'rejected' : 'selected') : null,
            decisionNote: decided ? (status === 'rejected' ? '综合评分未达到入选要求' : '专家评审通过，列为试点项目') : null,
            decidedBy: decided ? regulator.id : null,
            decidedAt: decided ? at('2021-03-28') : null,
            isDemo: true,
          });
          if (status === 'applied') continue;

          // Three of the four pool experts, rotating, so every expert has work in every region.
          const panel = [0, 1, 2, 3].filter((k) => k !== i % 4).map((k) => experts[k]!);
          const strength = status === 'rejected' ? 0.58 : 0.82 + (i % 4) * 0.03;
          const criteria = inSecond ? second.criteria : first.criteria;
          for (const [k, e] of panel.entries()) {
            // In the open round one expert has submitted, one has a draft, one has not started.
            const state = !inSecond ? 'submitted' : k === 0 ? 'submitted' : k === 1 ? 'draft' : 'none';
            const asgId = randomUUID();
            assignmentRows.push({
              id: asgId,
              applicationId,
              expertUserId: e.id,
              assignedBy: regulator.id,
              assignedAt: at(inSecond ? '2026-10-08' : '2021-02-20'),
              status: state === 'submitted' ? 'submitted' : 'assigned',
              comment:
                state === 'none'
                  ? null
                  : status === 'rejected'
                    ? '绿色策划目标不够明确，减量化措施缺少量化指标，建议完善后再申报。'
                    : '绿色策划完整，技术路线可行，具有较好的示范推广价值。',
              submittedAt: state === 'submitted' ? at(inSecond ? '2026-10-30' : '2021-03-10') : null,
            });
            if (state !== 'none')
              for (const [ci, c] of criteria.entries())
                scoreRows.push({ assignmentId: asgId, criterionId: c.id, score: scoreFor(c.maxScore, strength, k, ci) });
          }
          // The panel may read the project it reviews (the projects module's expert access).
          await assignProjectExperts(
            tx,
            project.id,
            panel.map((e) => e.id),
            'review',
          );
        }
      }
      await tx.insert(applications).values(applicationRows);
      await tx.insert(reviewAssignments).values(assignmentRows);
      await tx.insert(reviewScores).values(scoreRows);
      log(`演示数据：申报批次 6 个、申报 ${applicationRows.length} 份与专家评审已生成。`);
    });
  },
};
