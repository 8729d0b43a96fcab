// Quantity take-off: spatial tree, element inventory, materials, property sets and quantities, declared
// (IfcElementQuantity) and derived from the triangulated geometry. It reads entity lines through a TakeoffSource, so
// the same code runs over an open web-ifc model (ifcRuntime.ts) and over the file's bytes alone in the take-off thread
// beside the geometry pass (stepTakeoffSource.ts); no web-ifc is loaded here. It never touches the database.
import type { FlatMesh, IfcAPI, PlacedGeometry } from './webIfc.js';
import {
  ifcTypeCode,
  NON_PHYSICAL_ELEMENTS,
  PLATE_LIKE_CLASSES,
  measureTriangles,
  placeMeasure,
  relativeDifference,
  takeoffClass,
  type IfcSchema,
  type LocalMeasure,
} from '../../../domain/bim/index.js';

export type PropertyValue = string | number | boolean | null;

export interface MaterialShare {
  name: string;
  /** Fraction of the element's volume: layer thickness share for layer sets, the stated fraction for constituents, else equal. */
  share: number;
}

/** What the take-off reads from an element's own lines, before the geometry pass is joined in. */
export type ElementAttributes = Pick<
  ExtractedElement,
  | 'expressId'
  | 'globalId'
  | 'entity'
  | 'ifcClass'
  | 'name'
  | 'objectType'
  | 'tag'
  | 'storey'
  | 'storeyGlobalId'
  | 'materials'
  | 'psets'
  | 'quantitySets'
  | 'declaredVolume'
  | 'declaredArea'
>;

export interface ExtractedElement {
  expressId: number;
  globalId: string;
  /** Exact IFC entity, e.g. IfcWallStandardCase. */
  entity: string;
  /** Take-off class with subtypes rolled up, e.g. IfcWall. */
  ifcClass: string;
  name: string | null;
  objectType: string | null;
  tag: string | null;
  storey: string | null;
  storeyGlobalId: string | null;
  materials: MaterialShare[];
  psets: Record<string, Record<string, PropertyValue>>;
  /** Every IfcElementQuantity, in SI units (m, m², m³, kg). */
  quantitySets: Record<string, Record<string, number>>;
  declaredVolume: number | null;
  declaredArea: number | null;
  geometryVolume: number | null;
  /** Total mesh surface area (m²). */
  geometrySurfaceArea: number | null;
  /** Take-off volume/area: declared where present, else derived from geometry. */
  volume: number | null;
  area: number | null;
  volumeSource: 'declared' | 'geometry' | null;
  /** (geometry − declared) / declared, when both exist. */
  volumeDifference: number | null;
}

export interface SpatialNode {
  expressId: number;
  globalId: string;
  entity: string;
  name: string | null;
  longName: string | null;
  elevation: number | null;
  /** Net floor area declared on spaces (m²). */
  area: number | null;
  elementCount: number;
  children: SpatialNode[];
}

export interface ClassQuantities {
  count: number;
  volume: number;
  area: number;
  declaredCount: number;
  geometryCount: number;
  /** Elements with both declared and geometry volume, and their sums, for the declared-vs-derived check. */
  bothCount: number;
  bothDeclaredVolume: number;
  bothGeometryVolume: number;
}

export interface ModelExtraction {
  schema: IfcSchema | string;
  spatial: SpatialNode[];
  elements: ExtractedElement[];
  /** Counts by take-off class, subtypes included. */
  counts: Record<string, number>;
  /** Counts by exact entity. */
  entities: Record<string, number>;
  quantities: Record<string, ClassQuantities>;
  materials: string[];
  entityTotal: number;
}

/** The take-off without the geometry: what a TakeoffSource gives. */
export interface TakeoffAttributes {
  spatial: SpatialNode[];
  elements: ElementAttributes[];
}

/** Entity lines of one model, as web-ifc's GetLine objects or the same attributes read from the bytes. */
export interface TakeoffSource {
  get(id: number): Line;
  /** Instances of exactly this type code. */
  idsOf(type: number): number[];
  /** Instances of IfcElement and every subtype of it. */
  elementIds(): number[];
  /** The schema's spelling of a type code, e.g. IfcWallStandardCase. */
  entityName(type: number): string;
}

export interface GeometryMeasure {
  volume: number;
  surfaceArea: number;
}

/**
 * Which triangles a placement draws: web-ifc's geometry express id, shared by every element placing that
 * representation, or, for an element with openings, that element and geometry (see GeometryMeter).
 */
export type GeometryKey = number | `${number}:${number}`;

/** Receives the triangles of a mesh pass: each distinct geometry once, then every placement of it. */
export interface GeometrySink {
  /** A geometry seen for the first time: web-ifc's interleaved position + normal floats and its triangle indices. */
  addGeometry(key: GeometryKey, vertices: Float32Array, indices: Uint32Array): void;
  /** One placement of an already added geometry on an element. */
  addPlacement(elementExpressID: number, placed: PlacedGeometry, key: GeometryKey): void;
}

const IFCRELVOIDSELEMENT = ifcTypeCode('IFCRELVOIDSELEMENT');

/** Elements that have openings (the RelatingBuildingElement of each IfcRelVoidsElement). */
function voidedElements(api: IfcAPI, modelID: number): Set<number> {
  const ids = api.GetLineIDsWithType(modelID, IFCRELVOIDSELEMENT);
  const voided = new Set<number>();
  for (let i = 0; i < ids.size(); i++) {
    const element = api.GetLine(modelID, ids.get(i)).RelatingBuildingElement?.value;
    if (typeof element === 'number') voided.add(element);
  }
  return voided;
}

/**
 * Collects per-element geometry measures while meshes are streamed, caching each shared geometry's local measure.
 * The optional sink gets the same triangles, so the viewer's geometry file costs no second triangulation.
 *
 * web-ifc names a mesh by its representation item, but cuts an element's openings into it: two walls sharing one
 * mapped representation, each with its own window, stream two different meshes under one geometry express id
 * (IfcOpenHouse's east and west walls). So the triangles of an element with openings are its own, measured and
 * stored under the element and geometry together; only elements without openings share by geometry id.
 */
export class GeometryMeter {
  readonly byElement = new Map<number, GeometryMeasure>();
  private readonly local = new Map<GeometryKey, LocalMeasure>();
  private voided: Set<number> | null = null;
  constructor(
    private readonly api: IfcAPI,
    private readonly sink?: GeometrySink,
  ) {}

  measure(modelID: number, mesh: FlatMesh): void {
    let volume = 0;
    let surfaceArea = 0;
    const own = (this.voided ??= voidedElements(this.api, modelID)).has(mesh.expressID);
    const n = mesh.geometries.size();
    for (let i = 0; i < n; i++) {
      const placed = mesh.geometries.get(i);
      const key: GeometryKey = own ? `${mesh.expressID}:${placed.geometryExpressID}` : placed.geometryExpressID;
      let local = this.local.get(key);
      if (!local) {
        const g = this.api.GetGeometry(modelID, placed.geometryExpressID);
        try {
          const vertices = this.api.GetVertexArray(g.GetVertexData(), g.GetVertexDataSize());
          const indices = this.api.GetIndexArray(g.GetIndexData(), g.GetIndexDataSize());
          local = measureTriangles(vertices, 6, indices);
          this.sink?.addGeometry(key, vertices, indices);
        } finally {
          (g as unknown as { delete?: () => void }).delete?.();
        }
        this.local.set(key, local);
      }
      this.sink?.addPlacement(mesh.expressID, placed, key);
      const placedMeasure = placeMeasure(local, placed.flatTransformation);
      volume += placedMeasure.volume;
      surfaceArea += placedMeasure.surfaceArea;
    }
    const prev = this.byElement.get(mesh.expressID);
    this.byElement.set(
      mesh.expressID,
      prev ? { volume: prev.volume + volume, surfaceArea: prev.surfaceArea + surfaceArea } : { volume, surfaceArea },
    );
  }
}

// ---------------------------------------------------------------------------------------------------------------
// STEP value helpers: web-ifc returns {type, value} wrappers and {type: 5, value: id} references.

export type Line = Record<string, any> & { expressID: number; type: number };

const IFC = Object.fromEntries(
  [
    'IFCPROJECT',
    'IFCSIUNIT',
    'IFCCONVERSIONBASEDUNIT',
    'IFCRELCONTAINEDINSPATIALSTRUCTURE',
    'IFCRELAGGREGATES',
    'IFCRELDEFINESBYPROPERTIES',
    'IFCRELDEFINESBYTYPE',
    'IFCRELASSOCIATESMATERIAL',
    'IFCMATERIAL',
    'IFCMATERIALLAYERSETUSAGE',
    'IFCMATERIALLAYERSET',
    'IFCMATERIALLIST',
    'IFCMATERIALPROFILESETUSAGE',
    'IFCMATERIALPROFILESET',
    'IFCMATERIALCONSTITUENTSET',
    'IFCQUANTITYVOLUME',
    'IFCQUANTITYAREA',
    'IFCQUANTITYLENGTH',
    'IFCQUANTITYWEIGHT',
    'IFCQUANTITYCOUNT',
    'IFCELEMENTQUANTITY',
    'IFCPROPERTYSET',
    'IFCPROPERTYSINGLEVALUE',
    'IFCSITE',
    'IFCBUILDING',
    'IFCBUILDINGSTOREY',
    'IFCSPACE',
    'IFCELEMENT',
  ].map((n) => [n, ifcTypeCode(n)]),
) as Record<string, number>;
const v = (x: any): any => (x !== null && typeof x === 'object' && 'value' in x ? v(x.value) : x);
const str = (x: any): string | null => {
  const s = v(x);
  return typeof s === 'string' && s !== '' ? s : null;
};
const refs = (x: any): number[] =>
  Array.isArray(x) ? x.map((r) => v(r)).filter((n) => typeof n === 'number') : x ? [v(x)].filter((n) => typeof n === 'number') : [];
const enumOf = (x: any): string =>
  String(v(x) ?? '')
    .replace(/\./g, '')
    .toUpperCase();

const DECLARED_SET = /^(BaseQuantities|Qto_.*)$/i;
// Only the IFC Qto names: ArchiCAD also writes a non-standard "Volume" for windows that counts the frame alone.
const VOLUME_NAMES = ['NetVolume', 'GrossVolume'];
// Main area of an element by class (IFC Qto_*BaseQuantities naming), first found wins.
const AREA_NAMES: Record<string, string[]> = {
  IfcWall: ['NetSideArea', 'GrossSideArea', 'NetArea', 'GrossArea'],
  IfcSlab: ['NetArea', 'GrossArea'],
  IfcRoof: ['NetArea', 'GrossArea', 'ProjectedArea'],
  IfcCovering: ['NetArea', 'GrossArea'],
  IfcPlate: ['NetArea', 'GrossArea'],
  IfcCurtainWall: ['NetSideArea', 'GrossSideArea'],
  IfcDoor: ['Area'],
  IfcWindow: ['Area'],
};
const DEFAULT_AREA_NAMES = ['NetArea', 'GrossArea', 'NetSurfaceArea', 'OuterSurfaceArea', 'GrossSurfaceArea', 'Area'];

interface UnitScales {
  length: number;
  area: number;
  volume: number;
  mass: number;
}

const PREFIX: Record<string, number> = {
  EXA: 1e18,
  PETA: 1e15,
  TERA: 1e12,
  GIGA: 1e9,
  MEGA: 1e6,
  KILO: 1e3,
  HECTO: 1e2,
  DECA: 1e1,
  DECI: 1e-1,
  CENTI: 1e-2,
  MILLI: 1e-3,
  MICRO: 1e-6,
  NANO: 1e-9,
};

/** Reads IfcUnitAssignment so declared quantities are converted to m, m², m³ and kg. */
function unitScales(source: TakeoffSource): UnitScales {
  const get = (id: number) => source.get(id);
  const scales: UnitScales = { length: 1, area: 1, volume: 1, mass: 1 };
  const projects = source.idsOf(IFC.IFCPROJECT!);
  if (projects.length === 0) return scales;
  const project = get(projects[0]!);
  const assignmentId = v(project.UnitsInContext);
  if (typeof assignmentId !== 'number') return scales;
  const assignment = get(assignmentId);
  for (const unitId of refs(assignment.Units)) {
    const unit = get(unitId);
    const kind = enumOf(unit.UnitType);
    let factor: number | null = null;
    if (unit.type === IFC.IFCSIUNIT!) {
      const prefix = unit.Prefix ? (PREFIX[enumOf(unit.Prefix)] ?? 1) : 1;
      const name = enumOf(unit.Name);
      factor = name === 'GRAM' ? prefix / 1000 : prefix;
      if (kind === 'AREAUNIT') factor = prefix ** 2;
      if (kind === 'VOLUMEUNIT') factor = prefix ** 3;
    } else if (unit.type === IFC.IFCCONVERSIONBASEDUNIT!) {
      const measureId = v(unit.ConversionFactor);
      if (typeof measureId === 'number') {
        const measure = get(measureId);
        const value = Number(v(measure.ValueComponent));
        const base = typeof v(measure.UnitComponent) === 'number' ? get(v(measure.UnitComponent)) : null;
        const basePrefix = base?.Prefix ? (PREFIX[enumOf(base.Prefix)] ?? 1) : 1;
        const baseScale = kind === 'AREAUNIT' ? basePrefix ** 2 : kind === 'VOLUMEUNIT' ? basePrefix ** 3 : basePrefix;
        if (Number.isFinite(value)) factor = value * baseScale;
      }
    }
    if (factor === null) continue;
    if (kind === 'LENGTHUNIT') scales.length = factor;
    if (kind === 'AREAUNIT') scales.area = factor;
    if (kind === 'VOLUMEUNIT') scales.volume = factor;
    if (kind === 'MASSUNIT') scales.mass = factor;
  }
  return scales;
}

// ---------------------------------------------------------------------------------------------------------------

/**
 * Reads the take-off's attributes (spatial tree, elements with their materials, property and quantity sets) from a
 * model's lines; `withGeometry` then joins the per-element measures of the geometry pass.
 */
export function readTakeoff(source: TakeoffSource): TakeoffAttributes {
  const get = (id: number) => source.get(id);
  const units = unitScales(source);
  const idsOf = (type: number) => source.idsOf(type);
  const typeName = (type: number) => source.entityName(type);

  // --- relations ---------------------------------------------------------------------------------------------
  const containedIn = new Map<number, number>(); // element → spatial structure
  const aggregatedIn = new Map<number, number>(); // part → whole
  const children = new Map<number, number[]>();
  for (const relId of idsOf(IFC.IFCRELCONTAINEDINSPATIALSTRUCTURE!)) {
    const rel = get(relId);
    const container = v(rel.RelatingStructure);
    for (const e of refs(rel.RelatedElements)) containedIn.set(e, container);
  }
  for (const relId of idsOf(IFC.IFCRELAGGREGATES!)) {
    const rel = get(relId);
    const whole = v(rel.RelatingObject);
    for (const part of refs(rel.RelatedObjects)) {
      aggregatedIn.set(part, whole);
      const list = children.get(whole) ?? [];
      list.push(part);
      children.set(whole, list);
    }
  }

  const psetsOf = new Map<number, number[]>(); // object → property definitions
  for (const relId of idsOf(IFC.IFCRELDEFINESBYPROPERTIES!)) {
    const rel = get(relId);
    const def = v(rel.RelatingPropertyDefinition);
    if (typeof def !== 'number') continue;
    for (const o of refs(rel.RelatedObjects)) {
      const list = psetsOf.get(o) ?? [];
      list.push(def);
      psetsOf.set(o, list);
    }
  }
  const typeOf = new Map<number, number>();
  for (const relId of idsOf(IFC.IFCRELDEFINESBYTYPE!)) {
    const rel = get(relId);
    const t = v(rel.RelatingType);
    for (const o of refs(rel.RelatedObjects)) typeOf.set(o, t);
  }
  const materialOf = new Map<number, number>();
  for (const relId of idsOf(IFC.IFCRELASSOCIATESMATERIAL!)) {
    const rel = get(relId);
    const m = v(rel.RelatingMaterial);
    for (const o of refs(rel.RelatedObjects)) materialOf.set(o, m);
  }

  // --- materials -----------------------------------------------------------------------------------------------
  const materialCache = new Map<number, MaterialShare[]>();
  const materialName = (id: number | undefined): string | null => (typeof id === 'number' ? str(get(id).Name) : null);
  const resolveMaterial = (id: number): MaterialShare[] => {
    const cached = materialCache.get(id);
    if (cached) return cached;
    const m = get(id);
    let shares: MaterialShare[] = [];
    switch (m.type) {
      case IFC.IFCMATERIAL!: {
        const n = str(m.Name);
        if (n) shares = [{ name: n, share: 1 }];
        break;
      }
      case IFC.IFCMATERIALLAYERSETUSAGE!:
        shares = resolveMaterial(v(m.ForLayerSet));
        break;
      case IFC.IFCMATERIALLAYERSET!: {
        const layers = refs(m.MaterialLayers).map(get);
        const total = layers.reduce((s, l) => s + Math.abs(Number(v(l.LayerThickness)) || 0), 0);
        shares = layers
          .map((l) => ({
            name: materialName(v(l.Material)) ?? str(l.Name) ?? '',
            share: total > 0 ? Math.abs(Number(v(l.LayerThickness)) || 0) / total : 1 / layers.length,
          }))
          .filter((s) => s.name !== '');
        break;
      }
      case IFC.IFCMATERIALLIST!: {
        const names = refs(m.Materials)
          .map((r) => materialName(r))
          .filter((n): n is string => !!n);
        shares = names.map((name) => ({ name, share: 1 / names.length }));
        break;
      }
      case IFC.IFCMATERIALPROFILESETUSAGE!:
        shares = resolveMaterial(v(m.ForProfileSet));
        break;
      case IFC.IFCMATERIALPROFILESET!: {
        const names = refs(m.MaterialProfiles)
          .map((r) => materialName(v(get(r).Material)))
          .filter((n): n is string => !!n);
        shares = names.map((name) => ({ name, share: 1 / names.length }));
        break;
      }
      case IFC.IFCMATERIALCONSTITUENTSET!: {
        const parts = refs(m.MaterialConstituents).map(get);
        const stated = parts.map((p) => Number(v(p.Fraction)));
        const haveFractions = stated.every((f) => Number.isFinite(f) && f > 0);
        const sum = haveFractions ? stated.reduce((a, b) => a + b, 0) : parts.length;
        shares = parts
          .map((p, i) => ({
            name: materialName(v(p.Material)) ?? str(p.Name) ?? '',
            share: haveFractions ? stated[i]! / sum : 1 / parts.length,
          }))
          .filter((s) => s.name !== '');
        break;
      }
      default: {
        const n = str(m.Name);
        if (n) shares = [{ name: n, share: 1 }];
      }
    }
    // The same material named twice (two layers of one concrete) is one line.
    const merged = new Map<string, number>();
    for (const s of shares) merged.set(s.name, (merged.get(s.name) ?? 0) + s.share);
    shares = [...merged].map(([name, share]) => ({ name, share }));
    materialCache.set(id, shares);
    return shares;
  };

  // --- property and quantity sets -----------------------------------------------------------------------------
  const quantityScale = (q: Line): { name: string; value: number } | null => {
    const name = str(q.Name);
    if (!name) return null;
    switch (q.type) {
      case IFC.IFCQUANTITYVOLUME!:
        return { name, value: Number(v(q.VolumeValue)) * units.volume };
      case IFC.IFCQUANTITYAREA!:
        return { name, value: Number(v(q.AreaValue)) * units.area };
      case IFC.IFCQUANTITYLENGTH!:
        return { name, value: Number(v(q.LengthValue)) * units.length };
      case IFC.IFCQUANTITYWEIGHT!:
        return { name, value: Number(v(q.WeightValue)) * units.mass };
      case IFC.IFCQUANTITYCOUNT!:
        return { name, value: Number(v(q.CountValue)) };
      default:
        return null;
    }
  };
  const setCache = new Map<number, { kind: 'pset' | 'qto'; name: string; values: Record<string, any> } | null>();
  const readSet = (id: number) => {
    if (setCache.has(id)) return setCache.get(id)!;
    const def = get(id);
    let out: { kind: 'pset' | 'qto'; name: string; values: Record<string, any> } | null = null;
    if (def.type === IFC.IFCELEMENTQUANTITY!) {
      const values: Record<string, number> = {};
      for (const qid of refs(def.Quantities)) {
        const q = quantityScale(get(qid));
        if (q && Number.isFinite(q.value)) values[q.name] = q.value;
      }
      out = { kind: 'qto', name: str(def.Name) ?? `#${id}`, values };
    } else if (def.type === IFC.IFCPROPERTYSET!) {
      const values: Record<string, PropertyValue> = {};
      for (const pid of refs(def.HasProperties)) {
        const p = get(pid);
        if (p.type !== IFC.IFCPROPERTYSINGLEVALUE!) continue;
        const name = str(p.Name);
        if (!name) continue;
        const raw = v(p.NominalValue);
        values[name] =
          raw === undefined ? null : typeof raw === 'string' && /^\.[TF]\.$/.test(raw) ? raw === '.T.' : (raw as PropertyValue);
      }
      out = { kind: 'pset', name: str(def.Name) ?? `#${id}`, values };
    }
    setCache.set(id, out);
    return out;
  };

  // --- spatial structure ---------------------------------------------------------------------------------------
  const spatialTypes = [IFC.IFCPROJECT!, IFC.IFCSITE!, IFC.IFCBUILDING!, IFC.IFCBUILDINGSTOREY!, IFC.IFCSPACE!];
  const spatialIds = new Set(spatialTypes.flatMap(idsOf));
  const storeyIds = new Set(idsOf(IFC.IFCBUILDINGSTOREY!));
  const storeyOf = (id: number): number | null => {
    let cur: number | undefined = id;
    for (let guard = 0; cur !== undefined && guard < 64; guard++) {
      if (storeyIds.has(cur)) return cur;
      cur = containedIn.get(cur) ?? aggregatedIn.get(cur);
    }
    return null;
  };

  // --- elements ------------------------------------------------------------------------------------------------
  // A type's property sets, read once however many occurrences share the type.
  const typeSetCache = new Map<number, number[]>();
  const typeSets = (typeId: number): number[] => {
    let sets = typeSetCache.get(typeId);
    if (!sets) typeSetCache.set(typeId, (sets = refs(get(typeId).HasPropertySets)));
    return sets;
  };
  const elements: ElementAttributes[] = [];
  const elementCountBySpatial = new Map<number, number>();
  const storeyNames = new Map<number, { name: string | null; globalId: string }>();
  // Physical parts are the IfcElement subtypes (web-ifc's IsIfcElement also answers true for spaces, grids and annotations).
  const elementIdList = source.elementIds().sort((a, b) => a - b);
  for (const id of elementIdList) {
    {
      const line = get(id);
      const entity = typeName(line.type);
      if (NON_PHYSICAL_ELEMENTS.has(entity)) continue;
      const sets = [...(psetsOf.get(id) ?? []), ...(typeOf.has(id) ? typeSets(typeOf.get(id)!) : [])];
      const psets: ExtractedElement['psets'] = {};
      const quantitySets: ExtractedElement['quantitySets'] = {};
      let declaredVolume: number | null = null;
      let declaredArea: number | null = null;
      const ifcClass = takeoffClass(entity);
      // Instance sets first: they override the type's.
      for (const setId of sets) {
        const s = readSet(setId);
        if (!s) continue;
        if (s.kind === 'pset') psets[s.name] ??= s.values;
        else quantitySets[s.name] ??= s.values;
      }
      for (const [setName, values] of Object.entries(quantitySets)) {
        if (!DECLARED_SET.test(setName)) continue;
        if (declaredVolume === null) {
          const name = VOLUME_NAMES.find((n) => values[n] !== undefined);
          if (name) declaredVolume = values[name]!;
        }
        if (declaredArea === null) {
          const name = (AREA_NAMES[ifcClass] ?? DEFAULT_AREA_NAMES).find((n) => values[n] !== undefined);
          if (name) declaredArea = values[name]!;
        }
      }
      const materialRel = materialOf.get(id) ?? (typeOf.has(id) ? materialOf.get(typeOf.get(id)!) : undefined);
      const storeyId = storeyOf(id);
      if (storeyId !== null && !storeyNames.has(storeyId)) {
        const s = get(storeyId);
        storeyNames.set(storeyId, { name: str(s.Name), globalId: str(s.GlobalId) ?? '' });
      }
      const container = containedIn.get(id);
      if (container !== undefined) elementCountBySpatial.set(container, (elementCountBySpatial.get(container) ?? 0) + 1);
      elements.push({
        expressId: id,
        globalId: str(line.GlobalId) ?? `#${id}`,
        entity,
        ifcClass,
        name: str(line.Name),
        objectType: str(line.ObjectType),
        tag: str(line.Tag),
        storey: storeyId === null ? null : (storeyNames.get(storeyId)!.name ?? `#${storeyId}`),
        storeyGlobalId: storeyId === null ? null : storeyNames.get(storeyId)!.globalId,
        materials: typeof materialRel === 'number' ? resolveMaterial(materialRel) : [],
        psets,
        quantitySets,
        declaredVolume,
        declaredArea,
      });
    }
  }

  // --- spatial tree ---------------------------------------------------------------------------------------------
  const node = (id: number, depth: number): SpatialNode => {
    const l = get(id);
    const qtos = (psetsOf.get(id) ?? []).map(readSet).filter((s) => s?.kind === 'qto');
    const area = qtos.map((s) => s!.values.NetFloorArea ?? s!.values.GrossFloorArea).find((a) => a !== undefined) ?? null;
    const elevation = l.Elevation !== undefined && l.Elevation !== null ? Number(v(l.Elevation)) * units.length : null;
    return {
      expressId: id,
      globalId: str(l.GlobalId) ?? `#${id}`,
      entity: typeName(l.type),
      name: str(l.Name),
      longName: str(l.LongName),
      elevation: elevation !== null && Number.isFinite(elevation) ? elevation : null,
      area,
      elementCount: elementCountBySpatial.get(id) ?? 0,
      children: depth > 16 ? [] : (children.get(id) ?? []).filter((c) => spatialIds.has(c)).map((c) => node(c, depth + 1)),
    };
  };
  const roots = idsOf(IFC.IFCPROJECT!).filter((id) => !aggregatedIn.has(id));
  return { spatial: roots.map((r) => node(r, 0)), elements };
}

/**
 * Joins the geometry pass's per-element measures to the attributes: geometry volume and area for elements without
 * declared quantities, the declared-vs-derived difference where both exist, and the per-class roll-ups.
 */
export function withGeometry(
  attributes: TakeoffAttributes,
  geometry: ReadonlyMap<number, GeometryMeasure>,
  model: { schemaId: string | undefined; entityTotal: number },
): ModelExtraction {
  const schemaId = model.schemaId;
  const schema = schemaId?.startsWith('IFC2X3')
    ? 'IFC2X3'
    : schemaId?.startsWith('IFC4X3')
      ? 'IFC4X3'
      : schemaId?.startsWith('IFC4')
        ? 'IFC4'
        : (schemaId as string);
  const elements = attributes.elements.map((a): ExtractedElement => {
    const geo = geometry.get(a.expressId);
    const geometryVolume = geo && geo.volume > 0 ? geo.volume : null;
    const geometrySurfaceArea = geo && geo.surfaceArea > 0 ? geo.surfaceArea : null;
    const derivedArea = geometrySurfaceArea !== null && PLATE_LIKE_CLASSES.has(a.ifcClass) ? geometrySurfaceArea / 2 : null;
    return {
      ...a,
      geometryVolume,
      geometrySurfaceArea,
      volume: a.declaredVolume ?? geometryVolume,
      area: a.declaredArea ?? derivedArea,
      volumeSource: a.declaredVolume !== null ? 'declared' : geometryVolume !== null ? 'geometry' : null,
      volumeDifference: relativeDifference(geometryVolume, a.declaredVolume),
    };
  });
  const counts: Record<string, number> = {};
  const entities: Record<string, number> = {};
  const quantities: Record<string, ClassQuantities> = {};
  const materials = new Set<string>();
  for (const e of elements) {
    entities[e.entity] = (entities[e.entity] ?? 0) + 1;
    counts[e.ifcClass] = (counts[e.ifcClass] ?? 0) + 1;
    const q = (quantities[e.ifcClass] ??= {
      count: 0,
      volume: 0,
      area: 0,
      declaredCount: 0,
      geometryCount: 0,
      bothCount: 0,
      bothDeclaredVolume: 0,
      bothGeometryVolume: 0,
    });
    q.count++;
    q.volume += e.volume ?? 0;
    q.area += e.area ?? 0;
    if (e.volumeSource === 'declared') q.declaredCount++;
    else if (e.volumeSource === 'geometry') q.geometryCount++;
    if (e.declaredVolume !== null && e.geometryVolume !== null) {
      q.bothCount++;
      q.bothDeclaredVolume += e.declaredVolume;
      q.bothGeometryVolume += e.geometryVolume;
    }
    for (const m of e.materials) materials.add(m.name);
  }
  return {
    schema,
    spatial: attributes.spatial,
    elements,
    counts,
    entities,
    quantities,
    materials: [...materials].sort(),
    entityTotal: model.entityTotal,
  };
}

/** The `npm run takeoff` JSON: schema, counts by class (subtypes included) and per-class quantities. */
export function takeoffSummary(x: ModelExtraction) {
  const round = (n: number, d = 3) => Math.round(n * 10 ** d) / 10 ** d;
  const sortKeys = <T>(o: Record<string, T>) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
  return {
    schema: x.schema,
    elements: sortKeys(x.counts),
    entities: sortKeys(x.entities),
    quantities: sortKeys(
      Object.fromEntries(
        Object.entries(x.quantities).map(([cls, q]) => [
          cls,
          {
            count: q.count,
            volume: round(q.volume),
            area: round(q.area),
            declaredCount: q.declaredCount,
            geometryCount: q.geometryCount,
            ...(q.bothCount > 0
              ? {
                  declaredVsGeometry: {
                    elements: q.bothCount,
                    declaredVolume: round(q.bothDeclaredVolume),
                    geometryVolume: round(q.bothGeometryVolume),
                    difference: round((q.bothGeometryVolume - q.bothDeclaredVolume) / q.bothDeclaredVolume, 4),
                  },
                }
              : {}),
          },
        ]),
      ),
    ),
    materials: x.materials,
  };
}
