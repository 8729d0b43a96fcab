// Demo data: a small national base library (sizes recalled from the 2022 构件尺寸指南, standards.md §7 [R-l]) and,
// on the prefabricated demo projects, a component schedule (their 装配率 inputs are the prefab module's demo).
// Idempotent; everything is is_demo.
import { and, eq, isNull } from 'drizzle-orm';
import type { Database } from '../../db/database.js';
import type { DemoSeeder } from '../demo/index.js';
import { demoProjects } from '../projects/index.js';
import { componentInstances, componentSpecs } from './tables.js';
import { createSpec, type SpecInput } from './store.js';
import { replaceInstances } from './usage.js';
import type { ComponentType } from './types.js';

const DEMO = { id: null, name: 'demo-seed', role: null, ip: null };
const SOURCE = '演示：尺寸按《装配式混凝土结构住宅主要构件尺寸指南》回忆（standards.md §7 [R-l]，待核实）';

type Spec = [code: string, type: ComponentType, name: string, dims: [number, number, number], grade: string | null, makers: string[]];
const MAKERS = ['远大住工（演示）', '中建科技（演示）', '三一筑工（演示）'];

// Plausible modular sizes; KTB-1100-630 is deliberately off-module (630 mm) so the check has something to flag.
const LIBRARY: Spec[] = [
  ['DBS-3012-60', 'composite_slab', '叠合板 3000×1200×60', [3000, 1200, 60], 'C30', [MAKERS[0]!, MAKERS[1]!]],
  ['DBS-3015-60', 'composite_slab', '叠合板 3000×1500×60', [3000, 1500, 60], 'C30', [MAKERS[0]!]],
  ['DBS-3618-60', 'composite_slab', '叠合板 3600×1800×60', [3600, 1800, 60], 'C30', [MAKERS[1]!]],
  ['DBS-3924-60', 'composite_slab', '叠合板 3900×2400×60', [3900, 2400, 60], 'C30', [MAKERS[2]!]],
  ['WQ-3629-200', 'wall_panel', '预制外墙板 3600×2900×200', [3600, 2900, 200], 'C30', [MAKERS[0]!]],
  ['WQ-3029-200', 'wall_panel', '预制外墙板 3000×2900×200', [3000, 2900, 200], 'C30', [MAKERS[1]!]],
  ['NQ-2428-100', 'wall_panel', '预制内墙板 2400×2800×100', [2400, 2800, 100], 'C30', [MAKERS[2]!]],
  ['LT-26-12-29', 'stair', '双跑剪刀梯 层高 2900', [2600, 1200, 2900], 'C30', [MAKERS[0]!]],
  ['LT-28-12-30', 'stair', '双跑楼梯 层高 3000', [2800, 1200, 3000], 'C30', [MAKERS[1]!]],
  ['YTB-3012-130', 'balcony', '叠合阳台板 3000×1200', [3000, 1200, 130], 'C30', [MAKERS[0]!]],
  ['YTB-3614-130', 'balcony', '叠合阳台板 3600×1400', [3600, 1400, 130], 'C30', [MAKERS[2]!]],
  ['KTB-1100-700', 'ac_board', '空调板 1100×700×80', [1100, 700, 80], 'C30', [MAKERS[1]!]],
  ['KTB-1100-630', 'ac_board', '空调板 1100×630×80（非模数）', [1100, 630, 80], 'C30', [MAKERS[2]!]],
  ['YL-6000-300-600', 'beam', '预制叠合梁 6000×300×600', [6000, 300, 600], 'C35', [MAKERS[0]!]],
  ['YL-7200-300-700', 'beam', '预制叠合梁 7200×300×700', [7200, 300, 700], 'C35', [MAKERS[1]!]],
  ['YZ-600-600-2900', 'column', '预制柱 600×600 层高 2900', [600, 600, 2900], 'C40', [MAKERS[0]!]],
  ['YZ-700-700-3000', 'column', '预制柱 700×700 层高 3000', [700, 700, 3000], 'C40', [MAKERS[1]!]],
  ['JCCF-1800-2400', 'kitchen', '集成厨房 1800×2400', [2400, 1800, 2400], null, [MAKERS[2]!]],
  ['JCWSJ-1600-2000', 'bathroom', '集成卫生间 1600×2000', [2000, 1600, 2300], null, [MAKERS[0]!]],
  ['JCWSJ-1800-2400', 'bathroom', '集成卫生间 1800×2400', [2400, 1800, 2300], null, [MAKERS[1]!]],
];

// A schedule per project: [type, mark, dims, base quantity]; the last two are custom sizes (non-standard).
const SCHEDULE: Array<[ComponentType, string, [number, number, number], number]> = [
  ['composite_slab', 'DB-1', [3000, 1200, 60], 420],
  ['composite_slab', 'DB-2', [3000, 1500, 60], 260],
  ['composite_slab', 'DB-3', [3600, 1800, 60], 180],
  ['wall_panel', 'WQ-1', [3600, 2900, 200], 210],
  ['wall_panel', 'NQ-1', [2400, 2800, 100], 150],
  ['stair', 'LT-1', [2600, 1200, 2900], 64],
  ['balcony', 'YT-1', [3000, 1200, 130], 96],
  ['ac_board', 'KT-1', [1100, 700, 80], 96],
  ['bathroom', 'WSJ-1', [2000, 1600, 2300], 120],
  ['composite_slab', 'DB-X', [3300, 1350, 60], 48],
  ['wall_panel', 'WQ-X', [3450, 2900, 200], 36],
];

export const componentsDemoSeeder: DemoSeeder = {
  name: 'components',
  async seed(database: Database, { log }) {
    const { db } = database;
    const [existing] = await db
      .select({ id: componentSpecs.id })
      .from(componentSpecs)
      .where(and(isNull(componentSpecs.regionCode), eq(componentSpecs.isDemo, true)))
      .limit(1);
    if (!existing) {
      // Codes an administrator already put into the base library are left as they are.
      const taken = new Set(
        (await db.select({ code: componentSpecs.code }).from(componentSpecs).where(isNull(componentSpecs.regionCode))).map((r) =>
          r.code.toUpperCase(),
        ),
      );
      const fresh = LIBRARY.filter(([code]) => !taken.has(code.toUpperCase()));
      await db.transaction(async (tx) => {
        for (const [code, type, name, dimsMm, grade, manufacturers] of fresh) {
          const input: SpecInput = {
            code,
            type,
            name,
            profile: null,
            dimsMm,
            jointMm: type === 'composite_slab' || type === 'wall_panel' ? 10 : null,
            material: grade ? '混凝土' : '装配式装修部品',
            grade,
            manufacturers,
            version: '2022.1',
            status: 'active',
            source: SOURCE,
            isDemo: true,
          };
          await createSpec(tx, DEMO, null, input);
        }
      });
      log(`  构件库：国家基础库演示规格 ${fresh.length} 条`);
    }

    const projects = (await demoProjects(db)).filter((p) => p.isPrefabricated && p.category === 'building');
    let seeded = 0;
    for (const [i, project] of projects.entries()) {
      const [hasInstances] = await db
        .select({ id: componentInstances.id })
        .from(componentInstances)
        .where(eq(componentInstances.projectId, project.id))
        .limit(1);
      if (hasInstances) continue;
      await db.transaction(async (tx) => {
        const scale = 1 + (i % 3) * 0.5;
        const rows = SCHEDULE.map(([type, mark, dims, qty], k) => ({
          sourceRef: `row ${k + 2}`,
          type,
          name: mark,
          profile: null,
          dimsMm: [...dims].sort((a, b) => b - a),
          storey: null,
          quantity: Math.max(1, Math.round(qty * scale * (project.floorAreaM2 && project.floorAreaM2 > 200_000 ? 2 : 1))),
        }));
        await replaceInstances(tx, DEMO, project, 'schedule', rows, { isDemo: true, detail: { demo: true } });
      });
      seeded++;
    }
    if (seeded) log(`  构件标准化：演示项目 ${seeded} 个`);
  },
};
