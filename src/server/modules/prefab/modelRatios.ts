// 装配率 ratios the BIM model can answer (GB/T 51129-2017 4.0.2/4.0.3): q1a by vertical-member concrete volume,
// q1b by horizontal-member area. An element is precast when the project's component rules recognise it.
import type { DbOrTx } from '../../db/database.js';
import { modelElements, latestModelRef, type ModelElement } from '../components/index.js';
import { ruleMatches, settingsFor } from '../components/index.js';
import type { ComponentRule } from '../components/index.js';

export type ModelRatio = {
  value: number;
  /** Precast quantity and total (m³ for q1a, m² for q1b). */
  numerator: number;
  denominator: number;
  unit: 'm3' | 'm2';
  elements: number;
  precastElements: number;
  /** Elements of the class without a usable quantity, left out of both sums. */
  unmeasured: number;
};

const VERTICAL = ['IfcColumn', 'IfcWall'];
const HORIZONTAL = ['IfcBeam', 'IfcSlab', 'IfcStair'];
const VERTICAL_TYPES = new Set(['column', 'wall_panel']);
const HORIZONTAL_TYPES = new Set(['beam', 'composite_slab', 'stair', 'balcony', 'ac_board']);

const inClass = (el: ModelElement, classes: string[]) => classes.some((c) => el.ifcClass === c || el.entity.startsWith(c));

function quantity(el: ModelElement, names: string[]): number | null {
  for (const set of Object.values(el.quantitySets)) for (const n of names) if (typeof set[n] === 'number' && set[n]! > 0) return set[n]!;
  return null;
}

/** Horizontal area of a member: slabs and stairs their declared area; beams length × width (plan projection). */
function horizontalArea(el: ModelElement): number | null {
  if (el.ifcClass === 'IfcBeam' || el.entity.startsWith('IfcBeam')) {
    const l = quantity(el, ['Length']);
    const w = quantity(el, ['Width']);
    return l && w ? l * w : null;
  }
  return quantity(el, ['NetArea', 'GrossArea']) ?? el.area;
}

const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;

export function ratiosFromElements(
  elements: readonly ModelElement[],
  rules: readonly ComponentRule[],
): { q1a: ModelRatio | null; q1b: ModelRatio | null } {
  const precastAs = (el: ModelElement, types: Set<string>) => {
    const rule = rules.find((r) => ruleMatches(r, el));
    return !!rule && types.has(rule.componentType);
  };
  const ratio = (
    classes: string[],
    measure: (el: ModelElement) => number | null,
    types: Set<string>,
    unit: 'm3' | 'm2',
  ): ModelRatio | null => {
    let num = 0;
    let den = 0;
    let n = 0;
    let pre = 0;
    let unmeasured = 0;
    for (const el of elements) {
      if (!inClass(el, classes)) continue;
      n++;
      const q = measure(el);
      if (q === null || !(q > 0)) {
        unmeasured++;
        continue;
      }
      den += q;
      if (precastAs(el, types)) {
        num += q;
        pre++;
      }
    }
    if (den <= 0) return null;
    return {
      value: round(num / den, 4),
      numerator: round(num, 3),
      denominator: round(den, 3),
      unit,
      elements: n,
      precastElements: pre,
      unmeasured,
    };
  };
  return {
    q1a: ratio(VERTICAL, (el) => quantity(el, ['NetVolume', 'GrossVolume', 'Volume']) ?? el.volume, VERTICAL_TYPES, 'm3'),
    q1b: ratio(HORIZONTAL, horizontalArea, HORIZONTAL_TYPES, 'm2'),
  };
}

export async function modelRatios(db: DbOrTx, projectId: string) {
  const model = await latestModelRef(db, projectId);
  if (!model) return { model: null, q1a: null, q1b: null };
  const settings = await settingsFor(db, projectId);
  const elements = await modelElements(db, projectId);
  return { model, ...ratiosFromElements(elements, settings.rules) };
}
