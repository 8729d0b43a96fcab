import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import type { Principal } from '../../platform/auth/principal.js';
import { users } from '../../platform/auth/tables.js';
import type { AuditActor } from '../../platform/audit.js';
import { createOrganisation, createUser, findOrganisationByName } from '../accounts/index.js';
import type { DemoSeeder } from '../demo/index.js';
import { auditLog } from '../../platform/audit.js';
import type { ProjectInput } from './schemas.js';
import { projectParticipants, projects, type ParticipantRole, type ProjectStatus } from './tables.js';
import { DEMO_ORGS } from './fixtures.js';
import { randomUUID } from 'node:crypto';

type Pilot = Omit<ProjectInput, 'regionCode' | 'ownerOrganisationId' | 'code' | 'participants' | 'latitude' | 'longitude'> & {
  at: [number, number];
};

// Partner organisations of the demo projects, so participants, roles and the conflict-of-interest check have real data.
const PARTNERS: Record<string, Array<{ name: string; role: ParticipantRole }>> = {
  hunan: [
    { name: '湖南省建筑设计院集团股份有限公司（演示）', role: 'design' },
    { name: '中建五局第三建设有限公司（演示）', role: 'construction' },
    { name: '湖南长顺项目管理有限公司（演示）', role: 'supervision' },
  ],
  shenzhen: [
    { name: '深圳市建筑设计研究总院有限公司（演示）', role: 'design' },
    { name: '中建科工集团有限公司（演示）', role: 'construction' },
    { name: '深圳市邦迪工程顾问有限公司（演示）', role: 'consulting' },
  ],
  changzhou: [
    { name: '常州市规划设计院（演示）', role: 'design' },
    { name: '江苏中南建筑产业集团有限责任公司（演示）', role: 'construction' },
    { name: '常州正衡工程项目管理有限公司（演示）', role: 'supervision' },
  ],
};

// Experts who work for a design institute that takes part in projects of their region: assigning them there is refused.
const CONFLICTED_EXPERTS = [
  { username: 'expert.zhao', displayName: '赵工（设计院专家，演示）', org: '湖南省建筑设计院集团股份有限公司（演示）' },
  { username: 'expert.sun', displayName: '孙工（设计院专家，演示）', org: '深圳市建筑设计研究总院有限公司（演示）' },
];

const OWNER: Record<string, string> = {
  hunan: DEMO_ORGS.hunanEnterprise,
  shenzhen: DEMO_ORGS.shenzhenEnterprise,
  changzhou: DEMO_ORGS.changzhouEnterprise,
};

const b = (o: Partial<Pilot> & Pick<Pilot, 'name' | 'at'>): Pilot => ({ category: 'building', ...o }) as Pilot;
const m = (o: Partial<Pilot> & Pick<Pilot, 'name' | 'at'>): Pilot => ({ category: 'municipal', ...o }) as Pilot;

/**
 * Fourteen projects per region in register order. Statuses by position: 0–1 已总结, 2–4 已完工, 5–8 实施中, 9–10 入选,
 * 11 评审中, 12 申报, 13 未入选 — eleven published pilots per region, and every lifecycle status present.
 */
const PILOTS: Record<string, Pilot[]> = {
  hunan: [
    b({
      name: '长沙梅溪湖国际新城二期安置房',
      structureType: 'concrete',
      useType: 'residential',
      isPrefabricated: true,
      floorAreaM2: 286000,
      investmentWanYuan: 168000,
      organisationModel: 'epc',
      address: '长沙市岳麓区梅溪湖路',
      at: [112.89, 28.19],
    }),
    b({
      name: '湖南省美术馆',
      structureType: 'steel',
      useType: 'public',
      isPrefabricated: true,
      floorAreaM2: 51000,
      investmentWanYuan: 78000,
      organisationModel: 'whole_process_consulting',
      address: '长沙市开福区湘江北路',
      at: [112.97, 28.24],
    }),
    b({
      name: '长沙市第一医院新院区门诊医技楼',
      structureType: 'composite',
      useType: 'public',
      floorAreaM2: 124000,
      investmentWanYuan: 96000,
      organisationModel: 'epc',
      address: '长沙市开福区营盘路',
      at: [112.99, 28.21],
    }),
    b({
      name: '望月湖片区老旧小区改造提升工程',
      structureType: 'masonry',
      useType: 'residential',
      isRenewal: true,
      floorAreaM2: 418000,
      investmentWanYuan: 32000,
      organisationModel: 'traditional',
      address: '长沙市岳麓区望月湖街道',
      at: [112.93, 28.2],
    }),
    b({
      name: '长沙经开区智能制造产业园标准厂房',
      structureType: 'steel',
      useType: 'industrial',
      isPrefabricated: true,
      floorAreaM2: 168000,
      investmentWanYuan: 54000,
      organisationModel: 'epc',
      address: '长沙县星沙经开区',
      at: [113.09, 28.25],
    }),
    m({
      name: '湘府路快速化改造（湘江大道—万家丽路）',
      structureType: 'concrete',
      useType: 'road',
      lengthM: 8600,
      investmentWanYuan: 215000,
      organisationModel: 'epc',
      address: '长沙市天心区湘府路',
      at: [113.0, 28.11],
    }),
    m({
      name: '高塘岭大道地下综合管廊',
      structureType: 'concrete',
      useType: 'pipeline',
      lengthM: 5200,
      investmentWanYuan: 62000,
      organisationModel: 'epc',
      address: '长沙市望城区高塘岭大道',
      at: [112.85, 28.36],
    }),
    b({
      name: '坡子街历史街区城市更新',
      structureType: 'timber',
      useType: 'public',
      isRenewal: true,
      floorAreaM2: 36000,
      investmentWanYuan: 28000,
      organisationModel: 'architect_led',
      address: '长沙市天心区坡子街',
      at: [112.97, 28.19],
    }),
    b({
      name: '湖南大学学生公寓（装配式木结构示范）',
      structureType: 'timber',
      useType: 'residential',
      isPrefabricated: true,
      floorAreaM2: 42000,
      investmentWanYuan: 23000,
      organisationModel: 'architect_led',
      address: '长沙市岳麓区麓山南路',
      at: [112.94, 28.18],
    }),
    m({
      name: '浏阳河大桥（人民路段）拓宽改造',
      structureType: 'steel',
      useType: 'bridge',
      lengthM: 1280,
      investmentWanYuan: 46000,
      organisationModel: 'epc',
      address: '长沙市雨花区人民东路',
      at: [113.04, 28.19],
    }),
    b({
      name: '星沙街道保障性租赁住房',
      structureType: 'concrete',
      useType: 'residential',
      isPrefabricated: true,
      floorAreaM2: 152000,
      investmentWanYuan: 61000,
      organisationModel: 'epc',
      address: '长沙县星沙街道',
      at: [113.08, 28.26],
    }),
    b({
      name: '株洲清水塘老工业区厂房更新改造',
      structureType: 'steel',
      useType: 'industrial',
      isRenewal: true,
      floorAreaM2: 88000,
      investmentWanYuan: 35000,
      organisationModel: 'whole_process_consulting',
      address: '株洲市石峰区清水塘',
      at: [113.05, 27.9],
    }),
    b({
      name: '湘潭九华片区九年一贯制学校',
      structureType: 'concrete',
      useType: 'public',
      isPrefabricated: true,
      floorAreaM2: 64000,
      investmentWanYuan: 26000,
      organisationModel: 'epc',
      address: '湘潭市岳塘区九华',
      at: [112.9, 27.93],
    }),
    m({
      name: '黄花机场改扩建配套道路',
      structureType: 'concrete',
      useType: 'road',
      lengthM: 6400,
      investmentWanYuan: 58000,
      organisationModel: 'traditional',
      address: '长沙县黄花镇',
      at: [113.21, 28.19],
    }),
  ],
  shenzhen: [
    b({
      name: '长圳公共住房及其附属工程',
      structureType: 'concrete',
      useType: 'residential',
      isPrefabricated: true,
      floorAreaM2: 1160000,
      investmentWanYuan: 580000,
      organisationModel: 'epc',
      address: '深圳市光明区凤凰街道',
      at: [113.93, 22.72],
    }),
    b({
      name: '深圳市第三儿童医院',
      structureType: 'composite',
      useType: 'public',
      floorAreaM2: 298000,
      investmentWanYuan: 265000,
      organisationModel: 'whole_process_consulting',
      address: '深圳市龙岗区坂田街道',
      at: [114.06, 22.63],
    }),
    b({
      name: '湖贝旧村城市更新（一期）',
      structureType: 'concrete',
      useType: 'residential',
      isRenewal: true,
      floorAreaM2: 410000,
      investmentWanYuan: 320000,
      organisationModel: 'epc',
      address: '深圳市罗湖区湖贝路',
      at: [114.12, 22.55],
    }),
    b({
      name: '坪山新能源汽车产业园标准厂房',
      structureType: 'steel',
      useType: 'industrial',
      isPrefabricated: true,
      floorAreaM2: 230000,
      investmentWanYuan: 98000,
      organisationModel: 'epc',
      address: '深圳市坪山区坑梓街道',
      at: [114.36, 22.73],
    }),
    m({
      name: '沙河西路快速化改造',
      structureType: 'concrete',
      useType: 'road',
      lengthM: 7300,
      investmentWanYuan: 420000,
      organisationModel: 'epc',
      address: '深圳市南山区沙河西路',
      at: [113.95, 22.56],
    }),
    b({
      name: '光明科学城启动区人才公寓（模块化建筑）',
      structureType: 'steel',
      useType: 'residential',
      isPrefabricated: true,
      floorAreaM2: 96000,
      investmentWanYuan: 72000,
      organisationModel: 'epc',
      address: '深圳市光明区新湖街道',
      at: [113.9, 22.77],
    }),
    m({
      name: '前海桂湾片区综合管廊',
      structureType: 'concrete',
      useType: 'pipeline',
      lengthM: 4100,
      investmentWanYuan: 86000,
      organisationModel: 'whole_process_consulting',
      address: '深圳市南山区前海合作区',
      at: [113.89, 22.53],
    }),
    b({
      name: '蛇口老旧小区综合整治',
      structureType: 'masonry',
      useType: 'residential',
      isRenewal: true,
      floorAreaM2: 265000,
      investmentWanYuan: 21000,
      organisationModel: 'traditional',
      address: '深圳市南山区蛇口街道',
      at: [113.92, 22.49],
    }),
    m({
      name: '红荔路人行天桥改造（钢结构）',
      structureType: 'steel',
      useType: 'bridge',
      lengthM: 380,
      investmentWanYuan: 6800,
      organisationModel: 'architect_led',
      address: '深圳市福田区红荔路',
      at: [114.05, 22.55],
    }),
    b({
      name: '龙华区九年一贯制学校（装配式钢结构）',
      structureType: 'steel',
      useType: 'public',
      isPrefabricated: true,
      floorAreaM2: 72000,
      investmentWanYuan: 48000,
      organisationModel: 'epc',
      address: '深圳市龙华区民治街道',
      at: [114.04, 22.62],
    }),
    b({
      name: '深圳湾超级总部基地 C 塔',
      structureType: 'composite',
      useType: 'public',
      floorAreaM2: 460000,
      investmentWanYuan: 610000,
      organisationModel: 'whole_process_consulting',
      address: '深圳市南山区深圳湾',
      at: [113.97, 22.52],
    }),
    b({
      name: '宝安区老旧工业区改造产业空间',
      structureType: 'concrete',
      useType: 'industrial',
      isRenewal: true,
      floorAreaM2: 180000,
      investmentWanYuan: 66000,
      organisationModel: 'epc',
      address: '深圳市宝安区福永街道',
      at: [113.83, 22.67],
    }),
    b({
      name: '大鹏新区海洋科普馆（木结构）',
      structureType: 'timber',
      useType: 'public',
      floorAreaM2: 12000,
      investmentWanYuan: 9800,
      organisationModel: 'architect_led',
      address: '深圳市大鹏新区南澳街道',
      at: [114.47, 22.53],
    }),
    m({
      name: '妈湾跨海通道接线道路',
      structureType: 'concrete',
      useType: 'road',
      lengthM: 2900,
      investmentWanYuan: 132000,
      organisationModel: 'traditional',
      address: '深圳市南山区妈湾',
      at: [113.87, 22.5],
    }),
  ],
  changzhou: [
    b({
      name: '武进绿色建筑产业集聚示范区科技馆',
      structureType: 'steel',
      useType: 'public',
      isPrefabricated: true,
      floorAreaM2: 38000,
      investmentWanYuan: 42000,
      organisationModel: 'epc',
      address: '常州市武进区常武中路',
      at: [119.96, 31.7],
    }),
    b({
      name: '青龙街道老旧小区改造',
      structureType: 'masonry',
      useType: 'residential',
      isRenewal: true,
      floorAreaM2: 226000,
      investmentWanYuan: 18000,
      organisationModel: 'traditional',
      address: '常州市天宁区青龙街道',
      at: [119.99, 31.8],
    }),
    b({
      name: '金坛区保障性住房（装配式）',
      structureType: 'concrete',
      useType: 'residential',
      isPrefabricated: true,
      floorAreaM2: 132000,
      investmentWanYuan: 52000,
      organisationModel: 'epc',
      address: '常州市金坛区金城镇',
      at: [119.58, 31.74],
    }),
    b({
      name: '新北区智能装备产业园厂房',
      structureType: 'steel',
      useType: 'industrial',
      isPrefabricated: true,
      floorAreaM2: 145000,
      investmentWanYuan: 47000,
      organisationModel: 'epc',
      address: '常州市新北区薛家镇',
      at: [119.92, 31.87],
    }),
    m({
      name: '青洋路高架快速路',
      structureType: 'concrete',
      useType: 'road',
      lengthM: 9800,
      investmentWanYuan: 356000,
      organisationModel: 'epc',
      address: '常州市天宁区青洋路',
      at: [120.01, 31.79],
    }),
    m({
      name: '龙城大道综合管廊',
      structureType: 'concrete',
      useType: 'pipeline',
      lengthM: 6200,
      investmentWanYuan: 71000,
      organisationModel: 'whole_process_consulting',
      address: '常州市新北区龙城大道',
      at: [119.95, 31.83],
    }),
    b({
      name: '南大街历史街区城市更新',
      structureType: 'timber',
      useType: 'public',
      isRenewal: true,
      floorAreaM2: 29000,
      investmentWanYuan: 24000,
      organisationModel: 'architect_led',
      address: '常州市钟楼区南大街',
      at: [119.95, 31.78],
    }),
    b({
      name: '常州市第一人民医院新院区',
      structureType: 'concrete',
      useType: 'public',
      floorAreaM2: 312000,
      investmentWanYuan: 238000,
      organisationModel: 'whole_process_consulting',
      address: '常州市钟楼区怀德路',
      at: [119.93, 31.77],
    }),
    m({
      name: '新运河大桥',
      structureType: 'steel',
      useType: 'bridge',
      lengthM: 960,
      investmentWanYuan: 38000,
      organisationModel: 'epc',
      address: '常州市钟楼区新运河',
      at: [119.9, 31.76],
    }),
    b({
      name: '武进区中小学装配式建筑示范',
      structureType: 'concrete',
      useType: 'public',
      isPrefabricated: true,
      floorAreaM2: 86000,
      investmentWanYuan: 34000,
      organisationModel: 'epc',
      address: '常州市武进区湖塘镇',
      at: [119.94, 31.71],
    }),
    b({
      name: '常州大学新校区图书馆',
      structureType: 'composite',
      useType: 'public',
      floorAreaM2: 56000,
      investmentWanYuan: 39000,
      organisationModel: 'architect_led',
      address: '常州市武进区滆湖中路',
      at: [119.88, 31.68],
    }),
    b({
      name: '经开区人才公寓',
      structureType: 'composite',
      useType: 'residential',
      isPrefabricated: true,
      floorAreaM2: 98000,
      investmentWanYuan: 41000,
      organisationModel: 'epc',
      address: '常州市经开区横山桥镇',
      at: [120.11, 31.75],
    }),
    b({
      name: '溧阳天目湖镇乡村公共服务中心（木结构）',
      structureType: 'timber',
      useType: 'public',
      floorAreaM2: 8600,
      investmentWanYuan: 5200,
      organisationModel: 'architect_led',
      address: '常州市溧阳市天目湖镇',
      at: [119.44, 31.3],
    }),
    m({
      name: '老城厢雨污分流管网改造',
      structureType: 'other',
      useType: 'pipeline',
      isRenewal: true,
      lengthM: 23000,
      investmentWanYuan: 27000,
      organisationModel: 'traditional',
      address: '常州市天宁区老城厢',
      at: [119.97, 31.78],
    }),
  ],
};

const STATUS_BY_POSITION: ProjectStatus[] = [
  'summarised',
  'summarised',
  'completed',
  'completed',
  'completed',
  'implementing',
  'implementing',
  'implementing',
  'implementing',
  'selected',
  'selected',
  'reviewing',
  'applied',
  'rejected',
];

/** Planned and actual dates that fit each status as of the demo's plan years (2021–2023) and its extension. */
function datesFor(status: ProjectStatus, i: number) {
  const pad = (n: number) => String(n).padStart(2, '0');
  const month = pad((i % 9) + 2);
  switch (status) {
    case 'summarised':
      return {
        plannedStart: `2021-${month}-01`,
        plannedFinish: `2022-${month}-28`,
        actualStart: `2021-${month}-15`,
        actualFinish: `2022-${pad((i % 9) + 3)}-20`,
      };
    case 'completed':
      return {
        plannedStart: `2021-${month}-01`,
        plannedFinish: `2023-${month}-28`,
        actualStart: `2021-${pad((i % 9) + 3)}-10`,
        actualFinish: `2023-${pad((i % 9) + 3)}-25`,
      };
    case 'implementing':
      return { plannedStart: `2022-${month}-01`, plannedFinish: `2027-${month}-28`, actualStart: `2022-${month}-18`, actualFinish: null };
    default:
      return { plannedStart: `2027-${month}-01`, plannedFinish: `2029-${month}-28`, actualStart: null, actualFinish: null };
  }
}

async function orgId(tx: DbOrTx, name: string) {
  const o = await findOrganisationByName(tx, name);
  if (!o) throw new Error(`demo organisation missing: ${name}`);
  return o.id;
}

async function actorFor(tx: DbOrTx, username: string): Promise<{ actor: AuditActor; principal: Principal }> {
  const [u] = await tx.select().from(users).where(eq(users.username, username));
  if (!u) throw new Error(`demo user missing: ${username}`);
  return {
    actor: { id: u.id, name: u.username, role: u.role, ip: null },
    principal: {
      userId: u.id,
      username: u.username,
      displayName: u.displayName,
      role: u.role,
      organisationId: u.organisationId,
      regionCode: u.regionCode,
      via: 'session',
      scopes: null,
      mustChangePassword: false,
    },
  };
}

const REGION_NAMES: Record<string, string> = { hunan: '湖南省', shenzhen: '深圳市', changzhou: '常州市' };
const PREFIX: Record<string, string> = { hunan: 'HN', shenzhen: 'SZ', changzhou: 'CZ' };
/** First-batch pilots are numbered 2021-001…, the second (still in review) 2026-001…. */
function demoCode(region: string, i: number) {
  const status = STATUS_BY_POSITION[i]!;
  const second = status === 'reviewing' || status === 'applied';
  // The not-selected project closes the first batch (…-012); the second batch restarts at 001.
  const seq = second ? i - 10 : i < 11 ? i + 1 : 12;
  return `${PREFIX[region]}-${second ? 2026 : 2021}-${String(seq).padStart(3, '0')}`;
}

const SEED_ACTOR: AuditActor = { id: null, name: 'demo-seed', role: null, ip: null };

/**
 * The demo register per region in register order: each pilot's position, code and status. The applications module's
 * demo seeds the rounds, applications and reviews of these projects from it.
 */
export function demoRegister(): Record<string, Array<{ position: number; code: string; status: ProjectStatus }>> {
  return Object.fromEntries(
    Object.entries(PILOTS).map(([region, pilots]) => [
      region,
      pilots.map((_, i) => ({ position: i, code: demoCode(region, i), status: STATUS_BY_POSITION[i]! })),
    ]),
  );
}

type AuditRow = typeof auditLog.$inferInsert;

/**
 * The register's demo: partners, two conflicted experts and pilots with their audited history (their programmes, rounds
 * and reviewed applications are seeded by the programmes and applications modules' demos). Rows are written in bulk
 * (one insert per table) so a demo start stays quick; the history is dated along the plan's years instead of today.
 */
export const projectsDemoSeeder: DemoSeeder = {
  name: 'projects',
  async seed(database, { password, log }) {
    const { db } = database;
    const [done] = await db.select({ id: projects.id }).from(projects).where(eq(projects.code, 'HN-2021-001'));
    if (done) return;
    await db.transaction(async (tx) => {
      for (const [region, partners] of Object.entries(PARTNERS)) {
        for (const p of partners) {
          if (!(await findOrganisationByName(tx, p.name)))
            await createOrganisation(tx, SEED_ACTOR, { name: p.name, kind: 'enterprise', regionCode: region, isDemo: true });
        }
      }
      for (const e of CONFLICTED_EXPERTS) {
        const [exists] = await tx.select({ id: users.id }).from(users).where(eq(users.username, e.username));
        if (!exists)
          await createUser(tx, SEED_ACTOR, {
            username: e.username,
            displayName: e.displayName,
            role: 'expert',
            organisationId: await orgId(tx, e.org),
            password,
            isDemo: true,
          });
      }

      const projectRows: Array<typeof projects.$inferInsert> = [];
      const participantRows: Array<typeof projectParticipants.$inferInsert> = [];
      const audit: AuditRow[] = [];
      const at = (d: string) => new Date(`${d}T09:00:00+08:00`);

      for (const [region, pilots] of Object.entries(PILOTS)) {
        const regulator = await actorFor(tx, `${region}.regulator`);
        const enterprise = await actorFor(tx, `${region}.enterprise`);
        const ownerId = await orgId(tx, OWNER[region]!);
        const partnerIds = await Promise.all(
          PARTNERS[region]!.map(async (p) => ({ organisationId: await orgId(tx, p.name), role: p.role })),
        );
        const regionName = REGION_NAMES[region]!;

        for (const [i, pilot] of pilots.entries()) {
          const status = STATUS_BY_POSITION[i]!;
          const inSecond = status === 'reviewing' || status === 'applied';
          const { at: coords, ...fields } = pilot;
          const id = randomUUID();
          const dates = datesFor(status, i);
          projectRows.push({
            ...fields,
            ...dates,
            id,
            code: demoCode(region, i),
            regionCode: region,
            ownerOrganisationId: ownerId,
            longitude: coords[0],
            latitude: coords[1],
            status,
            isRenewal: fields.isRenewal ?? false,
            isPrefabricated: fields.isPrefabricated ?? false,
            description: `${pilot.name}：${regionName}绿色建造试点项目（演示数据）。`,
            isDemo: true,
          });
          participantRows.push(
            { projectId: id, organisationId: ownerId, role: pilot.organisationModel === 'epc' ? 'epc' : 'owner' },
            ...partnerIds.map((p) => ({ projectId: id, ...p })),
          );
          const submitted = inSecond ? '2026-09-20' : '2021-02-10';
          const base = { entityType: 'project', entityId: id, regionCode: region, organisationId: ownerId };
          audit.push({
            ...base,
            at: at(submitted),
            actorId: enterprise.actor.id,
            actorName: enterprise.actor.name,
            actorRole: 'enterprise',
            action: 'project.create',
            after: { code: demoCode(region, i), name: pilot.name, status: 'applied' },
          });
          const step = (from: ProjectStatus, to: ProjectStatus, day: string, note: string) =>
            audit.push({
              ...base,
              at: at(day),
              actorId: regulator.actor.id,
              actorName: regulator.actor.name,
              actorRole: 'regulator',
              action: 'project.transition',
              before: { status: from },
              after: { status: to, note },
            });

          if (status === 'applied') continue;
          step('applied', 'reviewing', inSecond ? '2026-10-08' : '2021-02-20', '分配评审专家');
          if (inSecond) continue;
          step(
            'reviewing',
            status === 'rejected' ? 'rejected' : 'selected',
            '2021-03-28',
            status === 'rejected' ? '综合评分未达到入选要求' : '专家评审通过，列为试点项目',
          );
          if (status === 'rejected' || status === 'selected') continue;
          step('selected', 'implementing', dates.actualStart!, '开工建设');
          if (status === 'implementing') continue;
          step('implementing', 'completed', dates.actualFinish!, '竣工验收');
          if (status === 'completed') continue;
          step('completed', 'summarised', '2023-11-20', '试点总结报告通过评估');
        }
      }
      await tx.insert(projects).values(projectRows);
      await tx.insert(projectParticipants).values(participantRows).onConflictDoNothing();
      await tx.insert(auditLog).values(audit);
      log(`演示数据：试点项目 ${projectRows.length} 个（三地各 14 个，含各生命周期状态）已生成。`);
    });
  },
};
