// Demo BIM: the first pilot under construction (实施中) of each region gets a processed IFC model, so BIM coverage,
// the model viewer and the BIM-based take-offs have something real to show. The model is IfcOpenHouse (IFC4, 113 KB,
// written by IfcOpenShell's IfcOpenHouse generator; copied from ThatOpen/engine_web-ifc, MPL-2.0 — see README and
// test/data/SOURCES.md). It is processed at seed time by the same worker the upload route uses.
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { eq, inArray } from 'drizzle-orm';
import type { DemoSeeder } from '../demo/index.js';
import { demoProjects } from '../projects/index.js';
import { recordAudit } from '../../platform/audit.js';
import { BimProcessor, modelFiles } from './processing.js';
import * as store from './store.js';
import { bimModels } from './tables.js';

export const DEMO_IFC = {
  file: fileURLToPath(new URL('./demo/IfcOpenHouse_IFC4.ifc', import.meta.url)),
  fileName: 'IfcOpenHouse_IFC4.ifc',
  licence: 'MPL-2.0（ThatOpen/engine_web-ifc）',
};

export const bimDemoSeeder: DemoSeeder = {
  name: 'bim',
  async seed(database, { log, dataDir }) {
    if (!dataDir) return;
    const { db } = database;
    const implementing = (await demoProjects(db)).filter((p) => p.status === 'implementing');
    const chosen = [...new Map(implementing.map((p) => [p.regionCode, p])).values()];
    if (!chosen.length) return;
    const have = await db
      .select({ id: bimModels.id })
      .from(bimModels)
      .where(
        inArray(
          bimModels.projectId,
          chosen.map((p) => p.id),
        ),
      )
      .limit(1);
    if (have.length) return;
    const bytes = fs.readFileSync(DEMO_IFC.file);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const processor = new BimProcessor({ db, config: { dataDir } }, { error: () => undefined, warn: () => undefined });
    let ready = 0;
    try {
      for (const project of chosen) {
        const id = randomUUID();
        const files = modelFiles(dataDir, project.id, id);
        fs.mkdirSync(files.dir, { recursive: true });
        fs.writeFileSync(files.ifc, bytes);
        await db.transaction(async (tx) => {
          const version = await store.nextVersion(tx, project.id);
          await store.insertModel(tx, {
            id,
            projectId: project.id,
            version,
            fileName: DEMO_IFC.fileName,
            sizeBytes: bytes.length,
            sha256,
            ifcSchema: 'IFC4',
            uploadedBy: null,
            uploadedByName: '项目 BIM 工程师（演示）',
            isDemo: true,
          });
          await recordAudit(
            tx,
            { id: null, name: 'demo-seed', role: null, ip: null },
            {
              action: 'bim.model_uploaded',
              entityType: 'bim_model',
              entityId: id,
              regionCode: project.regionCode,
              organisationId: project.ownerOrganisationId,
              after: { projectId: project.id, version, fileName: DEMO_IFC.fileName, sizeBytes: bytes.length, ifcSchema: 'IFC4', sha256 },
            },
          );
        });
        await processor.processNow(id);
        const [row] = await db.select({ status: bimModels.status }).from(bimModels).where(eq(bimModels.id, id));
        if (row?.status === 'ready') ready++;
      }
    } finally {
      await processor.stop();
    }
    log(
      `  BIM 演示：${chosen.length} 个实施中试点各上传 1 个 IFC 模型（IfcOpenHouse，${path.basename(DEMO_IFC.file)}），${ready} 个已解析`,
    );
  },
};
