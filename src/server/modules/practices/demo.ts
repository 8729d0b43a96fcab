import { eq, sql } from 'drizzle-orm';
import type { DemoSeeder } from '../demo/index.js';
import { demoProjects } from '../projects/index.js';
import { findUserByUsername } from '../accounts/index.js';
import { createPractice, type PracticeInput } from './store.js';
import { practices } from './tables.js';

type Seed = PracticeInput & { region: string; from: string[]; draft?: boolean };

// Practices named after what the pilots were asked to try (绿色建造试点工作方案 三、试点任务), linked to demo projects by name.
const SEEDS: Seed[] = [
  {
    region: 'hunan',
    title: '安置房项目“策划—设计—施工”一体化绿色策划',
    summary: '工程总承包单位牵头编制绿色策划，五个方面目标分解到参建单位，按阶段考核。',
    body: '1. 策划阶段确定建筑垃圾排放量、装配率、碳排放等量化目标；\n2. 目标与措施按参建单位分解，纳入总承包合同；\n3. 每月对照平台指标复盘，偏差超过 10% 时调整措施。',
    tags: ['绿色策划', '工程总承包'],
    aspect: 'design',
    from: ['长沙梅溪湖国际新城二期安置房'],
  },
  {
    region: 'hunan',
    title: '钢结构公共建筑 BIM 正向设计与构件数字化加工',
    summary: '全专业 BIM 正向设计，模型直接驱动钢构件数控加工，减少深化设计返工。',
    body: '设计模型与加工模型同源，构件编号贯穿设计、加工、安装，扫码可查质量记录。',
    tags: ['BIM', '标准化设计', '质量追溯'],
    aspect: 'production',
    from: ['湖南省美术馆'],
  },
  {
    region: 'shenzhen',
    title: '公共住房标准化设计：少规格、多组合',
    summary: '户型模块化、构件标准化，叠合板规格由 40 余种压减到 12 种，装配率超过 60%。',
    body: '建立项目级标准构件清单，设计阶段即校核模数协调；构件全部来自本地区标准部品构件库。',
    tags: ['标准化设计', '装配式', '部品构件库'],
    aspect: 'design',
    from: ['长圳公共住房及其附属工程'],
  },
  {
    region: 'shenzhen',
    title: '智慧工地扬尘噪声在线监测与联动喷淋',
    summary: 'PM10 超限自动启动喷淋，监测数据实时上传平台，超标率降至 2% 以下。',
    body: '监测设备按 HJ 212 协议直连平台；超限报警推送到项目负责人并留痕整改。',
    tags: ['智慧工地', '扬尘治理'],
    aspect: 'construction',
    from: ['深圳市第三儿童医院', '坪山新能源汽车产业园标准厂房'],
  },
  {
    region: 'changzhou',
    title: '建筑垃圾分类收集与现场资源化利用',
    summary: '现场设置分类池，碎混凝土破碎后用于临时道路和回填，排放量控制在 200 t/万m² 以内。',
    body: '分类：工程垃圾、装修垃圾、拆除垃圾分开存放；外运实行电子联单，去向可查。',
    tags: ['建筑垃圾减量化', '资源化'],
    aspect: 'construction',
    from: ['金坛区保障性住房（装配式）'],
  },
  {
    region: 'changzhou',
    title: '全过程工程咨询统筹医院项目绿色交付',
    summary: '全咨单位统筹综合效能调适与数字化交付，BIM 竣工模型与运维平台对接。',
    body: '竣工前完成暖通、给排水系统联合调试；移交 BIM 竣工模型、绿色建筑使用说明书和质量追溯资料。',
    tags: ['全过程工程咨询', '数字化交付'],
    aspect: 'delivery',
    from: ['常州市第一人民医院新院区'],
  },
  {
    region: 'hunan',
    title: '老旧小区改造再生材料应用（整理中）',
    summary: '拆除垃圾就地再生为透水砖和路基材料。',
    tags: ['城市更新', '资源化'],
    aspect: 'materials',
    from: ['望月湖片区老旧小区改造提升工程'],
    draft: true,
  },
];

/** Six published practices across the three regions and one draft, linked to demo projects. */
export const practicesDemoSeeder: DemoSeeder = {
  name: 'practices',
  async seed(database, { log }) {
    const { db } = database;
    const [{ n }] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(practices)
      .where(eq(practices.isDemo, true));
    if (Number(n) > 0) return;
    const byName = new Map((await demoProjects(db)).map((p) => [p.name, p.id]));
    await db.transaction(async (tx) => {
      for (const s of SEEDS) {
        const { region, from, draft, ...input } = s;
        const u = await findUserByUsername(tx, `${region}.regulator`);
        const actor = u ? { id: u.id, name: u.username, role: u.role, ip: null } : { id: null, name: 'demo-seed', role: null, ip: null };
        const sourceProjectIds = from.map((name) => byName.get(name)).filter((id): id is string => !!id);
        await createPractice(tx, actor, region, { ...input, sourceProjectIds }, { isDemo: true, status: draft ? 'draft' : 'published' });
      }
    });
    log(`practices demo: ${SEEDS.filter((s) => !s.draft).length} published practices`);
  },
};
