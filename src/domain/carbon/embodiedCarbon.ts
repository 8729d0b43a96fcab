// GB/T 51366-2019 建材生产 (C_sc), 建材运输 (C_ys) and 建造 (C_JZ) emissions for one building.
//
// Units: results in kgCO2e. Quantities are converted to the factor's unit (m³ / t / m²) and, for
// transport, to tonnes; volume → mass uses the density table in the assumptions (concrete 2.4 t/m³,
// steel 7.85 t/m³). Anything that cannot be computed is listed in `unmapped` with its quantity and
// reason — a quantity is never silently dropped, because a missing line understates carbon.
// Numbers are rounded to 6 decimals (1 mg) only to strip binary float noise; presentation rounds.

import {
  DEFAULT_CARBON_ASSUMPTIONS,
  type CarbonAssumptions,
  type Confidence,
  type EnergyFactor,
  type EnergyUnit,
  type MaterialFactor,
  type MaterialUnit,
  type TransportFactor,
} from './factors.js';
import { mapMaterial, type MaterialMappingRule } from './materialMapping.js';
import { roundHalfUp } from '../rounding.js';

export type QuantityUnit = MaterialUnit | 'kg';

export interface MaterialQuantity {
  id: string;
  /** Material name as in the model or BoQ ("C30", "HRB400", "Stahlbeton"…). */
  name: string;
  ifcClass?: string;
  quantity: number;
  unit: QuantityUnit;
  /** Skip name mapping and use this factor. */
  factorId?: string;
  /** Actual transport data, overriding the defaults. */
  distanceKm?: number;
  transportModeId?: string;
  /** Mass for transport when it cannot be derived (e.g. windows quantified in m²). */
  massTonnes?: number;
}

export interface EnergyUse {
  id: string;
  name?: string;
  /** Which factor in library.energy applies (e.g. the project's dated regional grid factor). */
  energyFactorId: string;
  quantity: number;
  unit: EnergyUnit;
}

export interface CarbonLibrary {
  materials: readonly MaterialFactor[];
  transport: readonly TransportFactor[];
  energy: readonly EnergyFactor[];
  mappingRules: readonly MaterialMappingRule[];
  assumptions?: CarbonAssumptions;
}

export interface EmbodiedCarbonInput {
  materials: readonly MaterialQuantity[];
  /** Construction-stage (建造) energy use on site. */
  energy?: readonly EnergyUse[];
  /** Building floor area A, m²; perM2 is null without it. */
  floorAreaM2?: number;
}

export interface MaterialLine {
  id: string;
  name: string;
  factorId: string;
  ruleId: string | null;
  assumption?: string;
  factorConfidence: Confidence;
  quantity: number;
  unit: QuantityUnit;
  /** Quantity in the factor's unit (M_i). */
  factorQuantity: number;
  factorUnit: MaterialUnit;
  factorValue: number;
  /** M_i · F_i. */
  production: number;
  /** Tonnes moved; null when no mass could be derived (then transport is in `unmapped`). */
  massTonnes: number | null;
  distanceKm: number | null;
  transportModeId: string | null;
  /** M_i · D_i · T_i (mass in t). */
  transport: number;
}

export interface EnergyLine {
  id: string;
  energyFactorId: string;
  quantity: number;
  unit: EnergyUnit;
  factorValue: number;
  factorConfidence: Confidence;
  emissions: number;
}

export interface UnmappedEntry {
  stage: 'production' | 'transport' | 'construction';
  id: string;
  name: string;
  quantity: number;
  unit: string;
  reason: string;
}

export interface EmbodiedCarbonResult {
  unit: 'kgCO2e';
  total: number;
  /** total ÷ A; null when no floor area was given. */
  perM2: number | null;
  byMaterial: MaterialLine[];
  byEnergy: EnergyLine[];
  byStage: { production: number; transport: number; construction: number };
  unmapped: UnmappedEntry[];
  /** Ids of non-verified factors that contributed, so the UI can flag the result. */
  unverifiedFactorsUsed: string[];
}

export class CarbonInputError extends Error {
  override readonly name = 'CarbonInputError';
  constructor(
    readonly field: string,
    message: string,
    readonly lineId?: string,
  ) {
    super(`${lineId === undefined ? '' : `line ${lineId}: `}${field}: ${message}`);
  }
}

// GB/T 51366-2019 ch.6 (C_sc = Σ M_i·F_i, C_ys = Σ M_i·D_i·T_i) and ch.5 (C_JZ = Σ E_i·EF_i), kgCO2e; chapter numbers recalled.
export function embodiedCarbon(input: EmbodiedCarbonInput, library: CarbonLibrary): EmbodiedCarbonResult {
  const assumptions = library.assumptions ?? DEFAULT_CARBON_ASSUMPTIONS;
  validateInput(input);

  const byMaterial: MaterialLine[] = [];
  const byEnergy: EnergyLine[] = [];
  const unmapped: UnmappedEntry[] = [];
  const unverified = new Set<string>();
  let production = 0;
  let transport = 0;
  let construction = 0;

  for (const q of input.materials) {
    const miss = (stage: UnmappedEntry['stage'], reason: string) =>
      unmapped.push({ stage, id: q.id, name: q.name, quantity: q.quantity, unit: q.unit, reason });

    let factorId: string;
    let ruleId: string | null = null;
    let assumption: string | undefined;
    if (q.factorId !== undefined) {
      factorId = q.factorId;
    } else {
      const mapping = mapMaterial(q.name, q.ifcClass, library.mappingRules);
      if (!mapping.mapped) {
        miss('production', mapping.reason);
        miss('transport', 'material not mapped to a factor');
        continue;
      }
      ({ factorId, ruleId, assumption } = mapping);
    }
    const factor = library.materials.find((f) => f.id === factorId);
    if (factor === undefined) {
      miss('production', `factor ${factorId} not in the material library`);
      miss('transport', 'material not mapped to a factor');
      continue;
    }

    const factorQuantity = convertQuantity(q.quantity, q.unit, factor.unit, densityOf(factor, assumptions));
    if (factorQuantity === null) {
      miss('production', `cannot convert ${q.unit} to ${factor.unit} for ${factor.id} (no density for category ${factor.category})`);
      miss('transport', 'material not converted to the factor unit');
      continue;
    }
    const lineProduction = factorQuantity * factor.value;
    if (factor.confidence !== 'verified') unverified.add(factor.id);

    // Transport: C_ys needs tonnes.
    const massTonnes = q.massTonnes ?? convertQuantity(q.quantity, q.unit, 't', densityOf(factor, assumptions));
    const distanceKm = q.distanceKm ?? assumptions.distances.byCategory[factor.category] ?? assumptions.distances.otherKm;
    const modeId = q.transportModeId ?? assumptions.defaultTransportModeId;
    const mode = library.transport.find((t) => t.id === modeId);
    let lineTransport = 0;
    if (massTonnes === null) {
      miss('transport', `no mass for ${q.unit} of ${factor.id}; give massTonnes`);
    } else if (mode === undefined) {
      miss('transport', `transport factor ${modeId} not in the library`);
    } else {
      lineTransport = massTonnes * distanceKm * mode.value;
      if (mode.confidence !== 'verified') unverified.add(mode.id);
    }

    production += lineProduction;
    transport += lineTransport;
    byMaterial.push({
      id: q.id,
      name: q.name,
      factorId: factor.id,
      ruleId,
      ...(assumption === undefined ? {} : { assumption }),
      factorConfidence: factor.confidence,
      quantity: q.quantity,
      unit: q.unit,
      factorQuantity: clean(factorQuantity),
      factorUnit: factor.unit,
      factorValue: factor.value,
      production: clean(lineProduction),
      massTonnes: massTonnes === null ? null : clean(massTonnes),
      distanceKm: massTonnes === null || mode === undefined ? null : distanceKm,
      transportModeId: massTonnes === null || mode === undefined ? null : mode.id,
      transport: clean(lineTransport),
    });
  }

  for (const e of input.energy ?? []) {
    const factor = library.energy.find((f) => f.id === e.energyFactorId);
    const name = e.name ?? e.energyFactorId;
    if (factor === undefined) {
      unmapped.push({
        stage: 'construction',
        id: e.id,
        name,
        quantity: e.quantity,
        unit: e.unit,
        reason: `energy factor ${e.energyFactorId} not supplied`,
      });
      continue;
    }
    if (factor.unit !== e.unit) {
      unmapped.push({
        stage: 'construction',
        id: e.id,
        name,
        quantity: e.quantity,
        unit: e.unit,
        reason: `unit ${e.unit} does not match factor unit ${factor.unit}`,
      });
      continue;
    }
    const emissions = e.quantity * factor.value;
    construction += emissions;
    if (factor.confidence !== 'verified') unverified.add(factor.id);
    byEnergy.push({
      id: e.id,
      energyFactorId: factor.id,
      quantity: e.quantity,
      unit: e.unit,
      factorValue: factor.value,
      factorConfidence: factor.confidence,
      emissions: clean(emissions),
    });
  }

  const total = production + transport + construction;
  return {
    unit: 'kgCO2e',
    total: clean(total),
    perM2: input.floorAreaM2 === undefined ? null : clean(total / input.floorAreaM2),
    byMaterial,
    byEnergy,
    byStage: { production: clean(production), transport: clean(transport), construction: clean(construction) },
    unmapped,
    unverifiedFactorsUsed: [...unverified].sort(),
  };
}

/**
 * GB/T 51366-2019 M_i in the factor's unit. kg → t is exact; t ↔ m³ needs a density; m² converts to
 * nothing (an area says nothing about mass or volume). Returns null when no conversion exists.
 */
export function convertQuantity(quantity: number, from: QuantityUnit, to: MaterialUnit, densityTPerM3: number | null): number | null {
  const tonnes = from === 'kg' ? quantity / 1000 : from === 't' ? quantity : null;
  if (from === to) return quantity;
  if (to === 't') {
    if (tonnes !== null) return tonnes;
    if (from === 'm3' && densityTPerM3 !== null) return quantity * densityTPerM3;
    return null;
  }
  if (to === 'm3' && tonnes !== null && densityTPerM3 !== null) return tonnes / densityTPerM3;
  return null;
}

function densityOf(factor: MaterialFactor, assumptions: CarbonAssumptions): number | null {
  return assumptions.densities.find((d) => d.category === factor.category)?.tPerM3 ?? null;
}

function clean(x: number): number {
  return roundHalfUp(x, 6);
}

function validateInput(input: EmbodiedCarbonInput): void {
  const check = (v: unknown, field: string, lineId?: string, allowZero = true) => {
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || (!allowZero && v === 0)) {
      throw new CarbonInputError(field, `must be a finite ${allowZero ? 'non-negative' : 'positive'} number, got ${String(v)}`, lineId);
    }
  };
  for (const q of input.materials) {
    check(q.quantity, 'quantity', q.id);
    if (!['m3', 't', 'm2', 'kg'].includes(q.unit)) throw new CarbonInputError('unit', `unknown unit ${String(q.unit)}`, q.id);
    if (q.distanceKm !== undefined) check(q.distanceKm, 'distanceKm', q.id);
    if (q.massTonnes !== undefined) check(q.massTonnes, 'massTonnes', q.id);
  }
  for (const e of input.energy ?? []) check(e.quantity, 'quantity', e.id);
  if (input.floorAreaM2 !== undefined) check(input.floorAreaM2, 'floorAreaM2', undefined, false);
}
