import type { DemoSeeder } from './seeder.js';
import { wasteSeeder } from '../waste/index.js';
import { projectsDemoSeeder } from '../projects/index.js';
import { programmesDemoSeeder } from '../programmes/index.js';
import { applicationsDemoSeeder } from '../applications/index.js';
import { componentsDemoSeeder } from '../components/index.js';
import { prefabDemoSeeder } from '../prefab/index.js';
import { qualityDemoSeeder } from '../quality/index.js';
import { supervisionDemoSeeder } from '../supervision/index.js';
import { siteDemoSeeder } from '../site/index.js';
import { evaluationDemoSeeder } from '../evaluation/index.js';
import { planningDemoSeeder } from '../planning/index.js';
import { practicesDemoSeeder } from '../practices/index.js';
import { bimDemoSeeder } from '../bim/index.js';

// Order matters: the project register first, then capabilities that hang data on its projects.
export const demoSeeders: DemoSeeder[] = [
  projectsDemoSeeder,
  programmesDemoSeeder,
  applicationsDemoSeeder,
  qualityDemoSeeder,
  wasteSeeder,
  supervisionDemoSeeder,
  componentsDemoSeeder,
  prefabDemoSeeder,
  siteDemoSeeder,
  bimDemoSeeder,
  planningDemoSeeder,
  practicesDemoSeeder,
  evaluationDemoSeeder,
];
