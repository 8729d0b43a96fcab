import type { FastifyPluginAsync } from 'fastify';
import type { AppContext } from '../platform/context.js';
import { healthModule } from './health/routes.js';
import { wasteModule } from './waste/routes.js';
import { accountsModule } from './accounts/routes.js';
import { auditModule } from './audit/routes.js';
import { projectsModule } from './projects/routes.js';
import { programmesModule } from './programmes/routes.js';
import { applicationsModule } from './applications/routes.js';
import { publicModule } from './public/routes.js';
import { ledgerModule } from './ledger/routes.js';
import { qualityModule } from './quality/routes.js';
import { supervisionModule } from './supervision/routes.js';
import { supportModule } from './support/routes.js';
import { costsModule } from './costs/routes.js';
import { bimModule } from './bim/routes.js';
import { carbonModule } from './carbon/routes.js';
import { siteModule } from './site/routes.js';
import { componentsModule } from './components/routes.js';
import { prefabModule } from './prefab/routes.js';
import { planningModule } from './planning/routes.js';
import { practicesModule } from './practices/routes.js';
import { evaluationModule } from './evaluation/routes.js';
import { trackingModule } from './tracking/routes.js';
import { defaultsModule } from './defaults/routes.js';

/** Every capability, registered in this order; each is a Fastify plugin given the shared context. */
export const capabilityModules: FastifyPluginAsync<AppContext>[] = [
  healthModule,
  accountsModule,
  auditModule,
  projectsModule,
  programmesModule,
  applicationsModule,
  publicModule,
  ledgerModule,
  qualityModule,
  supervisionModule,
  supportModule,
  costsModule,
  bimModule,
  carbonModule,
  wasteModule,
  siteModule,
  componentsModule,
  prefabModule,
  planningModule,
  practicesModule,
  evaluationModule,
  trackingModule,
  defaultsModule,
] as FastifyPluginAsync<AppContext>[];
