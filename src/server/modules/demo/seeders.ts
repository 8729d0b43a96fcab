import type { Database } from '../../db/database.js';
import { wasteSeeder } from '../waste/seed.js';
import { projectsDemoSeeder } from '../projects/demo.js';
import { componentsDemoSeeder } from '../components/seed.js';
import { qualityDemoSeeder } from '../quality/seed.js';
import { supervisionDemoSeeder } from '../supervision/demo.js';
import { siteDemoSeeder } from '../site/seed.js';
import { evaluationDemoSeeder } from '../evaluation/demo.js';
import { planningDemoSeeder } from '../planning/demo.js';
import { practicesDemoSeeder } from '../practices/demo.js';

/**
 * A capability's demo data. Seeders run in list order on every start with the demo on, after the demo accounts,
 * and must be idempotent (check for their own rows first). Everything they create is marked 演示 / is_demo.
 */
export type DemoSeeder = { name: string; seed(database: Database, opts: { password: string; log(msg: string): void }): Promise<void> };

// Order matters: the project register first, then capabilities that hang data on its projects.
export const demoSeeders: DemoSeeder[] = [projectsDemoSeeder, qualityDemoSeeder, wasteSeeder, supervisionDemoSeeder, componentsDemoSeeder, siteDemoSeeder, planningDemoSeeder, practicesDemoSeeder, evaluationDemoSeeder];
