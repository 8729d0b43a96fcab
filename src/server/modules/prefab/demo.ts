// Demo data: 装配率 inputs on the prefabricated demo building projects, so the demo shows A, AA and an unrecognised
// case. Runs after the components demo (the component schedules). Idempotent; everything is is_demo.
import type { Database } from '../../db/database.js';
import { PREFAB_ITEM_IDS } from '../../../domain/prefab/index.js';
import type { DemoSeeder } from '../demo/index.js';
import { demoProjects } from '../projects/index.js';
import { latestAssessment, saveAssessment, tableForRegion } from './store.js';
import type { PrefabInputs } from './tables.js';

const DEMO = { id: null, name: 'demo-seed', role: null, ip: null };

const e = (value: number | null, source: 'model' | 'manual' = 'manual', note: string | null = null) => ({
  value,
  source,
  note,
  numerator: null,
  denominator: null,
});

// Per project variants of the 装配率 inputs, so the demo shows A, AA and an unrecognised case.
function prefabInputs(i: number): { inputs: PrefabInputs; fullDecoration: boolean } {
  const variants: Array<Record<string, number | null>> = [
    { q1a: 0.52, q1b: 0.78, q2a: 0.85, q2b: 0.6, q2c: 0.7, q2d: 0.55, q3a: 0.72, q3b: 0.8, q3c: 0.85, q3d: 0.6 },
    { q1a: 0.4, q1b: 0.72, q2a: 0.82, q2b: null, q2c: 0.55, q2d: 0.5, q3a: 0.5, q3b: 0.7, q3c: 0.75, q3d: null },
    { q1a: 0.68, q1b: 0.8, q2a: 0.9, q2b: 0.8, q2c: 0.8, q2d: 0.8, q3a: 0.8, q3b: 0.9, q3c: 0.9, q3d: 0.7 },
    { q1a: 0.3, q1b: 0.7, q2a: 0.6, q2b: null, q2c: 0.5, q2d: 0.4, q3a: 0.3, q3b: null, q3c: 0.7, q3d: 0.5 },
  ];
  const v = variants[i % variants.length]!;
  const inputs = Object.fromEntries(
    PREFAB_ITEM_IDS.map((id) => [
      id,
      e(
        v[id] ?? null,
        id === 'q1a' || id === 'q1b' ? 'model' : 'manual',
        id === 'q1a' || id === 'q1b' ? '演示：按 BIM 模型构件体积/面积统计' : '演示：按设计文件填报',
      ),
    ]),
  ) as PrefabInputs;
  return { inputs, fullDecoration: i % variants.length !== 3 };
}

export const prefabDemoSeeder: DemoSeeder = {
  name: 'prefab',
  async seed(database: Database, { log }) {
    const { db } = database;
    const projects = (await demoProjects(db)).filter((p) => p.isPrefabricated && p.category === 'building');
    let seeded = 0;
    for (const [i, project] of projects.entries()) {
      if (await latestAssessment(db, project.id)) continue;
      await db.transaction(async (tx) => {
        const table = await tableForRegion(tx, project.regionCode);
        const { inputs, fullDecoration } = prefabInputs(i);
        await saveAssessment(tx, DEMO, project, table, inputs, fullDecoration, { isDemo: true });
      });
      seeded++;
    }
    if (seeded) log(`  装配率：演示项目 ${seeded} 个`);
  },
};
