// Project component usage: instances recognised in the BIM model (or a schedule), matched to the library,
// and the 少规格多组合 KPIs computed by the domain rules.
import { randomUUID } from 'node:crypto';
import { and, asc, eq, lte, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import { recordAudit, type AuditActor } from '../../platform/audit.js';
import { readWorkbook } from '../../platform/spreadsheetImport.js';
import {
  nearestSpec,
  repetition,
  specCountByType,
  standardisationRate,
  type ClassifiedInstance,
  type ComponentSpec,
  type SpecMatch,
} from '../../../domain/prefab/index.js';
import { componentInstances, projectComponentSettings, type ComponentRule } from './tables.js';
import { checkSpecModular, componentTypeInfo, parseComponentType, parseProfile, type ComponentType } from './types.js';
import { cellText, MAX_IMPORT_ROWS } from './excel.js';
import type { ModelElement } from './modelSource.js';

export const DEFAULT_TOLERANCE_MM = 5;

/** Used until a project configures its own: precast concrete classes by IFC class, sized from their quantities. */
export const DEFAULT_RULES: ComponentRule[] = [
  { componentType: 'column', ifcClass: 'IfcColumn', dimsFrom: 'quantities' },
  { componentType: 'beam', ifcClass: 'IfcBeam', dimsFrom: 'quantities' },
  { componentType: 'stair', ifcClass: 'IfcStair', dimsFrom: 'quantities' },
  { componentType: 'balcony', ifcClass: 'IfcSlab', nameContains: '阳台', dimsFrom: 'quantities' },
  { componentType: 'ac_board', ifcClass: 'IfcSlab', nameContains: '空调', dimsFrom: 'quantities' },
  { componentType: 'composite_slab', ifcClass: 'IfcSlab', dimsFrom: 'quantities' },
  { componentType: 'wall_panel', ifcClass: 'IfcWall', nameContains: 'PC', dimsFrom: 'quantities' },
];

export async function settingsFor(db: DbOrTx, projectId: string) {
  const [row] = await db.select().from(projectComponentSettings).where(eq(projectComponentSettings.projectId, projectId));
  return { rules: row?.rules ?? DEFAULT_RULES, toleranceMm: row?.toleranceMm ?? DEFAULT_TOLERANCE_MM, custom: !!row };
}

export async function saveSettings(
  tx: DbOrTx,
  actor: AuditActor,
  project: { id: string; regionCode: string },
  input: { rules: ComponentRule[]; toleranceMm: number },
) {
  const before = await settingsFor(tx, project.id);
  await tx
    .insert(projectComponentSettings)
    .values({ projectId: project.id, rules: input.rules, toleranceMm: input.toleranceMm })
    .onConflictDoUpdate({
      target: projectComponentSettings.projectId,
      set: { rules: input.rules, toleranceMm: input.toleranceMm, updatedAt: new Date() },
    });
  await recordAudit(tx, actor, {
    action: 'component_settings.update',
    entityType: 'project',
    entityId: project.id,
    regionCode: project.regionCode,
    before,
    after: input,
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Recognising precast components among model elements.

const lower = (s: string | null | undefined) => (s ?? '').toLowerCase();

export function ruleMatches(rule: ComponentRule, el: ModelElement): boolean {
  if (rule.ifcClass) {
    const want = lower(rule.ifcClass);
    // 'IfcWall' also takes IfcWallStandardCase and similar exact entities.
    if (lower(el.ifcClass) !== want && !lower(el.entity).startsWith(want)) return false;
  }
  if (rule.nameContains) {
    const needle = lower(rule.nameContains);
    if (!lower(el.name).includes(needle) && !lower(el.objectType).includes(needle)) return false;
  }
  if (rule.propertyName) {
    const sets = rule.propertySet ? [el.psets[rule.propertySet] ?? {}] : Object.values(el.psets);
    const values = sets.filter((s) => rule.propertyName! in s).map((s) => s[rule.propertyName!]);
    if (values.length === 0) return false;
    if (rule.propertyValue != null && rule.propertyValue !== '' && !values.some((v) => lower(String(v)) === lower(rule.propertyValue)))
      return false;
  }
  return true;
}

const LENGTH_NAMES = ['Length', 'Width', 'Height', 'Depth', 'Thickness'];

/** Component size from the declared quantities (SI metres → mm), largest first so orientation does not matter. */
export function dimsFromQuantities(el: ModelElement): number[] {
  const found: number[] = [];
  for (const set of Object.values(el.quantitySets)) {
    for (const name of LENGTH_NAMES) {
      const v = set[name];
      if (typeof v === 'number' && v > 0 && found.length < 3) found.push(Math.round(v * 1000 * 10) / 10);
    }
    if (found.length >= 3) break;
    if (found.length) break; // one quantity set describes one element consistently
  }
  return found.sort((a, b) => b - a);
}

export type RecognisedInstance = {
  sourceRef: string;
  type: ComponentType;
  name: string | null;
  profile: string | null;
  dimsMm: number[];
  storey: string | null;
};

/** Applies the rules in order (first match wins) to every element; elements no rule takes are not components. */
export function recogniseInstances(elements: readonly ModelElement[], rules: readonly ComponentRule[]): RecognisedInstance[] {
  const out: RecognisedInstance[] = [];
  for (const el of elements) {
    const rule = rules.find((r) => ruleMatches(r, el));
    if (!rule) continue;
    let profile: string | null = null;
    let dimsMm: number[] = [];
    if (rule.dimsFrom === 'profile') {
      profile = el.objectType?.trim() || null;
      dimsMm = profile ? (parseProfile(profile)?.dimsMm ?? []) : [];
    } else {
      dimsMm = dimsFromQuantities(el);
    }
    out.push({ sourceRef: el.globalId, type: rule.componentType, name: el.name, profile, dimsMm, storey: el.storey });
  }
  return out;
}

export async function replaceInstances(
  tx: DbOrTx,
  actor: AuditActor,
  project: { id: string; regionCode: string },
  source: 'model' | 'schedule',
  instances: Array<RecognisedInstance & { quantity?: number }>,
  meta: { modelId?: string | null; isDemo?: boolean; detail?: Record<string, unknown> },
) {
  const before = await tx
    .select({ id: componentInstances.id })
    .from(componentInstances)
    .where(and(eq(componentInstances.projectId, project.id), eq(componentInstances.source, source)));
  await tx.delete(componentInstances).where(and(eq(componentInstances.projectId, project.id), eq(componentInstances.source, source)));
  const now = new Date();
  for (let i = 0; i < instances.length; i += 500) {
    const chunk = instances.slice(i, i + 500);
    if (!chunk.length) break;
    await tx.insert(componentInstances).values(
      chunk.map((x) => ({
        id: randomUUID(),
        projectId: project.id,
        source,
        sourceRef: x.sourceRef,
        modelId: meta.modelId ?? null,
        type: x.type,
        name: x.name,
        profile: x.profile,
        dimsMm: x.dimsMm,
        quantity: x.quantity ?? 1,
        storey: x.storey,
        isDemo: meta.isDemo ?? false,
        createdAt: now,
      })),
    );
  }
  await recordAudit(tx, actor, {
    action: source === 'model' ? 'component_usage.extract' : 'component_usage.schedule_import',
    entityType: 'project',
    entityId: project.id,
    regionCode: project.regionCode,
    before: { instances: before.length },
    after: { instances: instances.length, units: instances.reduce((s, x) => s + (x.quantity ?? 1), 0), ...meta.detail },
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Schedule (构件清单) import.

export const scheduleColumns = [
  { key: 'type', zh: '构件类型', en: 'Type' },
  { key: 'name', zh: '构件编号', en: 'Mark' },
  { key: 'dim1', zh: '尺寸1(mm)', en: 'Dim 1 (mm)' },
  { key: 'dim2', zh: '尺寸2(mm)', en: 'Dim 2 (mm)' },
  { key: 'dim3', zh: '尺寸3(mm)', en: 'Dim 3 (mm)' },
  { key: 'profile', zh: '型材规格', en: 'Profile' },
  { key: 'quantity', zh: '数量', en: 'Quantity' },
  { key: 'storey', zh: '楼层', en: 'Storey' },
] as const;

export type ScheduleCellError = {
  row: number;
  column: string;
  cell: string;
  value: string;
  code: string;
  params?: Record<string, unknown>;
};

export async function parseScheduleWorkbook(
  buffer: Buffer,
): Promise<{ rows: Array<RecognisedInstance & { quantity: number }>; errors: ScheduleCellError[] }> {
  const wb = await readWorkbook(buffer);
  const ws = wb.worksheets[0];
  const errors: ScheduleCellError[] = [];
  const rows: Array<RecognisedInstance & { quantity: number }> = [];
  if (!ws) return { rows, errors: [{ row: 1, column: '', cell: 'A1', value: '', code: 'components_import_empty' }] };
  const idx = new Map<string, number>();
  ws.getRow(1).eachCell((cell, col) => {
    const t = cellText(cell.value).replace(/\s+/g, '').toLowerCase();
    const c = scheduleColumns.find((x) => x.zh.replace(/\s+/g, '').toLowerCase() === t || x.en.replace(/\s+/g, '').toLowerCase() === t);
    if (c) idx.set(c.key, col);
  });
  for (const k of ['type', 'quantity'] as const) {
    if (!idx.has(k))
      errors.push({
        row: 1,
        column: scheduleColumns.find((c) => c.key === k)!.zh,
        cell: '1',
        value: '',
        code: 'column_missing',
        params: { column: scheduleColumns.find((c) => c.key === k)!.zh },
      });
  }
  if (errors.length) return { rows, errors };
  for (let r = 2; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const get = (k: string) => (idx.has(k) ? cellText(row.getCell(idx.get(k)!).value) : '');
    const raw = Object.fromEntries(scheduleColumns.map((c) => [c.key, get(c.key)]));
    if (Object.values(raw).every((v) => v === '')) continue;
    if (rows.length + 1 > MAX_IMPORT_ROWS) {
      errors.push({ row: r, column: '', cell: `A${r}`, value: '', code: 'import_too_many_rows', params: { max: MAX_IMPORT_ROWS } });
      break;
    }
    const rowErrors: ScheduleCellError[] = [];
    const fail = (k: string, code: string) => {
      const col = idx.get(k) ?? 1;
      rowErrors.push({
        row: r,
        column: scheduleColumns.find((c) => c.key === k)!.zh,
        cell: `${String.fromCharCode(64 + col)}${r}`,
        value: raw[k]!,
        code,
      });
    };
    const type = raw.type ? parseComponentType(raw.type) : null;
    if (!raw.type) fail('type', 'cell_required');
    else if (!type) fail('type', 'cell_type_unknown');
    const profile = raw.profile || null;
    const dims: number[] = [];
    if (profile && !raw.dim1) {
      const p = parseProfile(profile);
      if (!p) fail('profile', 'cell_profile_unparsed');
      else dims.push(...p.dimsMm);
    } else {
      for (const k of ['dim1', 'dim2', 'dim3']) {
        const n = Number(raw[k]);
        if (!raw[k]) fail(k, 'cell_required');
        else if (!Number.isFinite(n) || n <= 0 || n > 100_000) fail(k, 'cell_not_positive');
        else dims.push(n);
      }
    }
    const q = Number(raw.quantity);
    if (!raw.quantity) fail('quantity', 'cell_required');
    else if (!Number.isInteger(q) || q < 1 || q > 100_000) fail('quantity', 'cell_not_positive');
    if (rowErrors.length) {
      errors.push(...rowErrors);
      continue;
    }
    rows.push({
      sourceRef: `row ${r}`,
      type: type!,
      name: raw.name || null,
      profile,
      dimsMm: profile ? dims : [...dims].sort((a, b) => b - a),
      storey: raw.storey || null,
      quantity: q,
    });
  }
  if (!rows.length && !errors.length) errors.push({ row: 2, column: '', cell: 'A2', value: '', code: 'components_import_empty' });
  return { rows, errors };
}

// ---------------------------------------------------------------------------------------------------------------
// Matching and KPIs.

type LibrarySpec = { id: string; code: string; type: ComponentType; profile: string | null; dimsMm: number[] };

/**
 * What is compared with what: a steel section only with specs of its section family (PL with PL, HALFEN with HALFEN),
 * dimensions in designation order; precast concrete by type, dimensions largest first (orientation-free).
 */
function matchingKey(type: string, profile: string | null): string {
  return profile ? `${type}|${parseProfile(profile)?.family ?? profile.toUpperCase()}` : type;
}
const orderDims = (profile: string | null, dims: readonly number[]) => (profile ? [...dims] : [...dims].sort((a, b) => b - a));

export type UsageInstance = {
  id: string;
  type: ComponentType;
  name: string | null;
  profile: string | null;
  dimsMm: number[];
  quantity: number;
  sourceRef: string;
  storey: string | null;
  /** 'model': sourceRef is the element's IFC GlobalId; 'schedule': a schedule row. Absent = unknown. */
  source?: 'model' | 'schedule';
  /** The BIM model version a model-sourced instance was recognised in. */
  modelId?: string | null;
};

export type NonStandardGroup = {
  specKey: string;
  type: ComponentType;
  profile: string | null;
  dimsMm: number[];
  instances: number;
  sourceRefs: string[];
  /** Units of this size recognised in the BIM model (the rest come from schedules). */
  modelInstances: number;
  /** GlobalIds of every model-sourced instance of this size (not capped, unlike sourceRefs); for the 3D highlight. */
  globalIds: string[];
  nearest: { specId: string; code: string; name: string; dimsMm: number[]; distanceMm: number } | null;
  modular: { applicable: boolean; ok: boolean | null; reason: string | null };
};

export type UsageSummary = {
  toleranceMm: number;
  librarySpecs: number;
  instances: number;
  matched: number;
  exact: number;
  withinTolerance: number;
  rate: number | null;
  specCountByType: Record<string, number>;
  repetition: Array<{
    type: string;
    instances: number;
    specs: number;
    repetition: number;
    perSpec: Array<{ specKey: string; code: string; library: boolean; instances: number }>;
  }>;
  nonStandard: NonStandardGroup[];
};

/** Classifies every unit (a schedule line of quantity n counts n times) and computes the KPIs with the domain rules. */
export function summariseUsage(
  instances: readonly UsageInstance[],
  library: readonly LibrarySpec[],
  toleranceMm: number,
  lang: 'zh-CN' | 'en' = 'zh-CN',
): UsageSummary & { perInstance: Map<string, SpecMatch> } {
  const candidates = new Map<string, ComponentSpec[]>();
  // Specs are identified by code (unique within an effective library) so ties in nearestSpec break by code, not by uuid.
  const specById = new Map(library.map((s) => [s.code, s]));
  for (const s of library) {
    const key = matchingKey(s.type, s.profile);
    if (!candidates.has(key)) candidates.set(key, []);
    candidates.get(key)!.push({ id: s.code, type: key, dimsMm: orderDims(s.profile, s.dimsMm) });
  }
  const classified: ClassifiedInstance[] = [];
  const perInstance = new Map<string, SpecMatch>();
  const unmatched = new Map<
    string,
    { inst: UsageInstance; key: string; dims: number[]; units: number; refs: string[]; modelUnits: number; globalIds: string[] }
  >();
  let exact = 0;
  let within = 0;
  for (const inst of instances) {
    const key = matchingKey(inst.type, inst.profile);
    const dims = orderDims(inst.profile, inst.dimsMm);
    const pool = candidates.get(key) ?? [];
    const match = nearestSpec({ type: key, dimsMm: dims }, pool, toleranceMm);
    perInstance.set(inst.id, match);
    const specKey = match.specId ?? `custom:${key}:${dims.map((d) => Math.round(d)).join('x')}`;
    for (let k = 0; k < inst.quantity; k++) classified.push({ instanceId: `${inst.id}#${k}`, type: inst.type, match, specKey });
    if (match.kind === 'exact') exact += inst.quantity;
    if (match.kind === 'within-tolerance') within += inst.quantity;
    if (match.kind === 'none') {
      const g = unmatched.get(specKey) ?? { inst, key, dims, units: 0, refs: [], modelUnits: 0, globalIds: [] };
      g.units += inst.quantity;
      if (g.refs.length < 200) g.refs.push(inst.sourceRef);
      if (inst.source === 'model') {
        g.modelUnits += inst.quantity;
        g.globalIds.push(inst.sourceRef);
      }
      unmatched.set(specKey, g);
    }
  }
  const rate = standardisationRate(classified);
  const codeOf = (specKey: string) => specById.get(specKey)?.code ?? specKey.replace(/^custom:[^:]*:/, '');
  const nonStandard: NonStandardGroup[] = [...unmatched.entries()]
    .map(([specKey, g]) => {
      const near = nearestSpec({ type: g.key, dimsMm: g.dims }, candidates.get(g.key) ?? [], Number.MAX_SAFE_INTEGER);
      const spec = near.specId ? specById.get(near.specId)! : null;
      const modular = g.inst.profile
        ? checkSpecModular(g.inst.type, g.dims, g.inst.profile, lang)
        : checkSpecModular(g.inst.type, g.dims, null, lang);
      return {
        specKey,
        type: g.inst.type,
        profile: g.inst.profile,
        dimsMm: g.dims,
        instances: g.units,
        sourceRefs: g.refs,
        modelInstances: g.modelUnits,
        globalIds: g.globalIds,
        nearest:
          spec && near.distanceMm !== null
            ? { specId: spec.id, code: spec.code, name: '', dimsMm: spec.dimsMm, distanceMm: near.distanceMm }
            : null,
        modular: { applicable: modular.applicable, ok: modular.ok, reason: modular.reason },
      };
    })
    .sort((a, b) => b.instances - a.instances || a.specKey.localeCompare(b.specKey));
  return {
    toleranceMm,
    librarySpecs: library.length,
    instances: rate.total,
    matched: rate.matched,
    exact,
    withinTolerance: within,
    rate: rate.rate,
    specCountByType: specCountByType(classified),
    repetition: repetition(classified).map((r) => ({
      ...r,
      perSpec: Object.entries(r.perSpec)
        .map(([specKey, n]) => ({ specKey, code: codeOf(specKey), library: specById.has(specKey), instances: n }))
        .sort((a, b) => b.instances - a.instances || a.code.localeCompare(b.code)),
    })),
    nonStandard,
    perInstance,
  };
}

export async function projectInstances(
  db: DbOrTx,
  projectId: string,
  asOf?: Date,
): Promise<Array<UsageInstance & { source: 'model' | 'schedule'; modelId: string | null }>> {
  const where: SQL[] = [eq(componentInstances.projectId, projectId)];
  if (asOf) where.push(lte(componentInstances.createdAt, asOf));
  const rows = await db
    .select()
    .from(componentInstances)
    .where(and(...where))
    .orderBy(asc(componentInstances.type), asc(componentInstances.sourceRef));
  return rows.map((r) => ({
    id: r.id,
    type: r.type,
    name: r.name,
    profile: r.profile,
    dimsMm: r.dimsMm,
    quantity: r.quantity,
    sourceRef: r.sourceRef,
    storey: r.storey,
    source: r.source,
    modelId: r.modelId,
  }));
}

export const typeLabel = (t: ComponentType, lang: 'zh-CN' | 'en') => (lang === 'en' ? componentTypeInfo[t].en : componentTypeInfo[t].zh);
