// The only place this capability reads the BIM model: through the bim module's exported functions, never its tables.
import type { DbOrTx } from '../../db/database.js';
import { latestModel, listModelElements } from '../bim/index.js';

/** What component usage and 装配率 need of one model element (a subset of the bim module's element rows). */
export type ModelElement = {
  globalId: string;
  /** Exact IFC entity (IfcWallStandardCase). */
  entity: string;
  /** Take-off class with subtypes rolled up (IfcWall). */
  ifcClass: string;
  name: string | null;
  /** IfcObject.ObjectType: Tekla writes the profile designation here (e.g. 'PL10*200'). */
  objectType: string | null;
  storey: string | null;
  psets: Record<string, Record<string, string | number | boolean | null>>;
  /** Declared quantities in SI units (m, m², m³). */
  quantitySets: Record<string, Record<string, number>>;
  /** Take-off volume (m³) and main area (m²), declared or from geometry. */
  volume: number | null;
  area: number | null;
};

export type ModelRef = { id: string; label: string };

/** Always true now that the bim module exports its functions; kept so callers can report a missing module clearly. */
export async function bimAvailable(): Promise<boolean> {
  return true;
}

/** The project's latest processed model, or null when there is none. */
export async function latestModelRef(db: DbOrTx, projectId: string, asOf?: Date): Promise<ModelRef | null> {
  const m = await latestModel(db, projectId, asOf);
  return m ? { id: m.id, label: `${m.fileName} v${m.version}` } : null;
}

/** Every element row of the project's latest processed model. */
export async function modelElements(db: DbOrTx, projectId: string, modelId?: string): Promise<ModelElement[]> {
  const { items } = await listModelElements(db, projectId, modelId ? { modelId } : {});
  return items.map((r) => ({
    globalId: r.globalId,
    entity: r.entity,
    ifcClass: r.ifcClass,
    name: r.name,
    objectType: r.objectType,
    storey: r.storey,
    psets: r.psets,
    quantitySets: r.quantitySets,
    volume: r.volume,
    area: r.area,
  }));
}
