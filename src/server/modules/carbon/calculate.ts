// A project's embodied carbon (GB/T 51366-2019 C_sc + C_ys + C_JZ): material quantities from the bill of materials
// when one was imported, else from the latest BIM model's element rows; construction energy entered per month.
import { and, asc, eq, lte } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import { embodiedCarbon, type EmbodiedCarbonResult, type EnergyUse, type MaterialQuantity } from '../../../domain/carbon/index.js';
import { latestModel, listModelElements } from '../bim/index.js';
import type { ProjectRef } from '../projects/index.js';
import { loadLibrary } from './library.js';
import { carbonBomLines, carbonEnergyEntries, carbonProjectSettings } from './tables.js';

export type ProjectCarbon = {
  projectId: string;
  floorAreaM2: number | null;
  source: 'bom' | 'model' | 'none';
  model: { id: string; version: number; fileName: string } | null;
  gridFactorId: string | null;
  transportModeId: string | null;
  asOf: string | null;
  /** Model elements that carry no volume at all: listed so nothing disappears from the result unseen. */
  withoutQuantity: Array<{ ifcClass: string; material: string | null; count: number }>;
  inputs: MaterialQuantity[];
  result: EmbodiedCarbonResult;
};

const NO_MATERIAL = '（未指定材料）';

/** Model element rows → material lines: volume split by material share, summed per (material, IFC class). */
export function materialsFromElements(
  elements: ReadonlyArray<{
    ifcClass: string;
    materials: Array<{ name: string; share: number }>;
    volume: number | null;
    material: string | null;
  }>,
): { inputs: MaterialQuantity[]; withoutQuantity: ProjectCarbon['withoutQuantity'] } {
  const sums = new Map<string, { name: string; ifcClass: string; volume: number }>();
  const missing = new Map<string, { ifcClass: string; material: string | null; count: number }>();
  for (const e of elements) {
    if (e.volume === null || e.volume <= 0) {
      const k = `${e.ifcClass}\u0000${e.material ?? ''}`;
      const m = missing.get(k) ?? { ifcClass: e.ifcClass, material: e.material, count: 0 };
      m.count++;
      missing.set(k, m);
      continue;
    }
    const shares = e.materials.length ? e.materials : [{ name: NO_MATERIAL, share: 1 }];
    for (const s of shares) {
      const k = `${s.name}\u0000${e.ifcClass}`;
      const line = sums.get(k) ?? { name: s.name, ifcClass: e.ifcClass, volume: 0 };
      line.volume += e.volume * s.share;
      sums.set(k, line);
    }
  }
  const inputs = [...sums.values()]
    .sort((a, b) => b.volume - a.volume)
    .map((l, i) => ({
      id: `model-${i + 1}`,
      name: l.name,
      ifcClass: l.ifcClass,
      quantity: Math.round(l.volume * 1e6) / 1e6,
      unit: 'm3' as const,
    }));
  return { inputs, withoutQuantity: [...missing.values()].sort((a, b) => b.count - a.count) };
}

export async function projectCarbon(db: DbOrTx, project: ProjectRef, asOf?: Date): Promise<ProjectCarbon> {
  const [settings] = await db.select().from(carbonProjectSettings).where(eq(carbonProjectSettings.projectId, project.id));
  const library = await loadLibrary(db, { asOf, transportModeId: settings?.transportModeId });
  const bom = await db
    .select()
    .from(carbonBomLines)
    .where(and(eq(carbonBomLines.projectId, project.id), asOf ? lte(carbonBomLines.importedAt, asOf) : undefined))
    .orderBy(asc(carbonBomLines.lineNo));
  let source: ProjectCarbon['source'] = 'none';
  let inputs: MaterialQuantity[] = [];
  let withoutQuantity: ProjectCarbon['withoutQuantity'] = [];
  let model: ProjectCarbon['model'] = null;
  if (bom.length) {
    source = 'bom';
    inputs = bom.map((l) => ({
      id: `bom-${l.lineNo}`,
      name: l.name,
      ...(l.ifcClass ? { ifcClass: l.ifcClass } : {}),
      quantity: l.quantity,
      unit: l.unit,
      ...(l.factorId ? { factorId: l.factorId } : {}),
      ...(l.distanceKm !== null ? { distanceKm: l.distanceKm } : {}),
      ...(l.transportModeId ? { transportModeId: l.transportModeId } : {}),
    }));
  } else {
    const m = await latestModel(db, project.id, asOf);
    if (m) {
      source = 'model';
      model = { id: m.id, version: m.version, fileName: m.fileName };
      const { items } = await listModelElements(db, project.id, { modelId: m.id });
      ({ inputs, withoutQuantity } = materialsFromElements(items));
    }
  }
  const energyRows = await db
    .select()
    .from(carbonEnergyEntries)
    .where(and(eq(carbonEnergyEntries.projectId, project.id), asOf ? lte(carbonEnergyEntries.enteredAt, asOf) : undefined))
    .orderBy(asc(carbonEnergyEntries.period), asc(carbonEnergyEntries.enteredAt));
  const energy: EnergyUse[] = energyRows.map((e) => ({
    id: e.id,
    name: `${e.period}${e.note ? ` ${e.note}` : ''}`,
    energyFactorId: e.energyFactorId,
    quantity: e.quantity,
    unit: e.unit,
  }));
  const floorAreaM2 = project.floorAreaM2 && project.floorAreaM2 > 0 ? project.floorAreaM2 : null;
  const result = embodiedCarbon({ materials: inputs, energy, ...(floorAreaM2 ? { floorAreaM2 } : {}) }, library);
  return {
    projectId: project.id,
    floorAreaM2,
    source,
    model,
    gridFactorId: settings?.gridFactorId ?? null,
    transportModeId: library.assumptions!.defaultTransportModeId,
    asOf: asOf?.toISOString() ?? null,
    withoutQuantity,
    inputs,
    result,
  };
}
