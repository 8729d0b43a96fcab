import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { AuditActor } from '../../platform/audit.js';
import { findUserByUsername } from '../accounts/index.js';
import type { DemoSeeder } from '../demo/index.js';
import { saveProgramme } from './store.js';
import { defaultPhases, programmeMilestones, programmes } from './tables.js';

const AUTHORITY: Record<string, string> = {
  hunan: '湖南省住房和城乡建设厅',
  shenzhen: '深圳市住房和建设局',
  changzhou: '常州市住房和城乡建设局',
};
const REGION_NAMES: Record<string, string> = { hunan: '湖南省', shenzhen: '深圳市', changzhou: '常州市' };

const PROGRAMME_TEXT = (region: string, name: string) => ({
  title: `${name}绿色建造试点实施方案`,
  goals: `到 2023 年底，${name}在房屋建筑和市政基础设施工程中完成不少于 10 个绿色建造试点项目，形成可复制推广的绿色建造技术体系、管理体系、实施体系和评价体系；试点项目施工现场建筑垃圾排放量每万平方米不高于 300 吨，装配式建筑占比达到 40% 以上。`,
  paths:
    '以绿色策划统筹设计、建材选用、生产、施工和交付；推进建筑垃圾减量化；推动 BIM 与智慧工地集成应用；推广标准化设计与部品构件库；采用工程总承包、全过程工程咨询等集约化组织模式；引导建立建筑产业互联网平台。',
  responsibleBodies: `${AUTHORITY[region]}牵头，发展改革、财政、自然资源等部门配合；试点项目建设单位、工程总承包单位为实施主体，专家委员会提供技术支撑。`,
  safeguards:
    '成立试点工作领导小组；完善绿色建造标准和计价依据；对试点项目给予财政奖励、优惠金融服务和审批绿色通道；加强过程管控和质量安全管理；建立全过程动态跟踪评估机制。',
});

type MilestoneSeed = { title: string; owner: string; dueOn: string; phase: number | null; status: 'planned' | 'in_progress' | 'done' };

function milestonesFor(region: string): MilestoneSeed[] {
  const a = AUTHORITY[region]!;
  const late = (r: string) => (region === r ? 'in_progress' : 'done');
  return [
    { title: '印发试点实施方案', owner: a, dueOn: '2021-02-28', phase: 0, status: 'done' },
    { title: '成立试点工作组', owner: a, dueOn: '2021-02-15', phase: 0, status: 'done' },
    { title: '完成试点项目遴选与专家评审', owner: `${a}建筑市场处`, dueOn: '2021-03-31', phase: 0, status: 'done' },
    { title: '试点项目绿色策划方案审查', owner: '试点工作专家委员会', dueOn: '2021-06-30', phase: 1, status: 'done' },
    { title: '中期评估与阶段性经验总结', owner: a, dueOn: '2022-06-30', phase: 1, status: 'done' },
    { title: '发布地方绿色建造技术导则', owner: `${a}科技处`, dueOn: '2022-12-31', phase: 1, status: late('shenzhen') },
    {
      title: '建立本地区标准部品构件库',
      owner: '建筑产业化协会',
      dueOn: '2023-06-30',
      phase: 1,
      status: region === 'shenzhen' ? 'done' : region === 'hunan' ? 'in_progress' : 'planned',
    },
    { title: '建筑产业互联网平台上线运行', owner: '平台建设单位', dueOn: '2023-09-30', phase: 1, status: 'done' },
    { title: '编制试点工作总结报告', owner: a, dueOn: '2023-11-30', phase: 2, status: region === 'changzhou' ? 'in_progress' : 'done' },
    {
      title: '提出绿色建造政策建议并报住房和城乡建设部',
      owner: a,
      dueOn: '2023-12-31',
      phase: 2,
      status: region === 'shenzhen' ? 'done' : region === 'hunan' ? 'in_progress' : 'planned',
    },
    { title: '第二批试点项目遴选（经验推广）', owner: a, dueOn: '2027-06-30', phase: null, status: 'planned' },
  ];
}

/** The three demo regions' programmes: the plan's phases as they are, and milestones (some overdue by now). */
export const programmesDemoSeeder: DemoSeeder = {
  name: 'programmes',
  async seed(database, { log }) {
    const { db } = database;
    const [done] = await db.select({ id: programmes.id }).from(programmes).where(eq(programmes.regionCode, 'hunan'));
    if (done) return;
    await db.transaction(async (tx) => {
      const milestoneRows: Array<typeof programmeMilestones.$inferInsert> = [];
      for (const [region, regionName] of Object.entries(REGION_NAMES)) {
        const regulator = await findUserByUsername(tx, `${region}.regulator`);
        if (!regulator) throw new Error(`demo user missing: ${region}.regulator`);
        const actor: AuditActor = { id: regulator.id, name: regulator.username, role: regulator.role, ip: null };
        const programme = await saveProgramme(tx, actor, region, {
          ...PROGRAMME_TEXT(region, regionName),
          phases: defaultPhases,
          rules: {
            minProjects: 10,
            minStructureTypes: 3,
            minUseTypes: 3,
            minRenewalShare: region === 'shenzhen' ? 0.15 : 0.1,
            requireBothCategories: true,
          },
        });
        for (const ms of milestonesFor(region)) {
          milestoneRows.push({
            id: randomUUID(),
            programmeId: programme.id!,
            phaseId: ms.phase === null ? null : programme.phases[ms.phase]!.id,
            title: ms.title,
            owner: ms.owner,
            dueOn: ms.dueOn,
            status: ms.status,
            completedOn: ms.status === 'done' ? ms.dueOn : null,
          });
        }
      }
      await tx.insert(programmeMilestones).values(milestoneRows);
      log('演示数据：三地试点实施方案与里程碑已生成。');
    });
  },
};
