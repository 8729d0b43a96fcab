// Component types of the 标准部品构件库 and which GB/T 50002 modules each of their dimensions should follow.
// Which module suits which dimension is recalled practice (standards.md §7 [R-m]), so it is data here, not logic.
import { GB50002_2013_DEFAULT_RULES, MODULES, checkModular, type Module, type ModularCheck } from '../../../domain/prefab/index.js';
import { componentTypeNames as N, componentTypes, type ComponentType } from '../../../domain/prefab/componentVocabulary.js';
export { componentTypes, type ComponentType };

const R = GB50002_2013_DEFAULT_RULES.allowed;
// Thin members (slab and board thicknesses) are sized in fractional modules, like joints.
const THICKNESS: readonly Module[] = [MODULES.M_2, MODULES.M_5, MODULES.M_10];
// Fitted-out rooms (集成厨房/卫生间) use net interior sizes on M or M/2.
const INTERIOR: readonly Module[] = [MODULES.M, MODULES.M_2];

export type DimensionRule = {
  key: 'length' | 'width' | 'height' | 'thickness' | 'depth';
  zh: string;
  en: string;
  modules: readonly Module[];
};

export type ComponentTypeInfo = {
  type: ComponentType;
  zh: string;
  en: string;
  dims: readonly [DimensionRule, DimensionRule, DimensionRule];
};

const d = (key: DimensionRule['key'], zh: string, en: string, modules: readonly Module[]): DimensionRule => ({ key, zh, en, modules });

/** Every type has three nominal dimensions (mm) in this order; the Excel sheet has one column per position. */
export const componentTypeInfo: Record<ComponentType, ComponentTypeInfo> = {
  composite_slab: {
    type: 'composite_slab',
    ...N.composite_slab,
    dims: [
      d('length', '长度', 'Length', R.planDimension),
      d('width', '宽度', 'Width', R.planDimension),
      d('thickness', '厚度', 'Thickness', THICKNESS),
    ],
  },
  wall_panel: {
    type: 'wall_panel',
    ...N.wall_panel,
    dims: [
      d('length', '长度', 'Length', R.planDimension),
      d('height', '高度', 'Height', R.storeyHeight),
      d('thickness', '厚度', 'Thickness', R.componentSection),
    ],
  },
  stair: {
    type: 'stair',
    ...N.stair,
    dims: [
      d('length', '水平投影长度', 'Run length', R.componentSection),
      d('width', '梯段宽度', 'Width', R.planDimension),
      d('height', '层高', 'Storey height', R.storeyHeight),
    ],
  },
  balcony: {
    type: 'balcony',
    ...N.balcony,
    dims: [
      d('length', '长度', 'Length', R.planDimension),
      d('depth', '挑出深度', 'Depth', R.planDimension),
      d('thickness', '厚度', 'Thickness', THICKNESS),
    ],
  },
  ac_board: {
    type: 'ac_board',
    ...N.ac_board,
    dims: [
      d('length', '长度', 'Length', R.componentSection),
      d('depth', '挑出深度', 'Depth', R.componentSection),
      d('thickness', '厚度', 'Thickness', THICKNESS),
    ],
  },
  beam: {
    type: 'beam',
    ...N.beam,
    dims: [
      d('length', '跨度', 'Span', R.planDimension),
      d('width', '截面宽', 'Section width', R.componentSection),
      d('height', '截面高', 'Section height', R.componentSection),
    ],
  },
  column: {
    type: 'column',
    ...N.column,
    dims: [
      d('width', '截面宽', 'Section width', R.componentSection),
      d('depth', '截面高', 'Section depth', R.componentSection),
      d('height', '柱高', 'Height', R.storeyHeight),
    ],
  },
  kitchen: {
    type: 'kitchen',
    ...N.kitchen,
    dims: [
      d('length', '净长', 'Net length', INTERIOR),
      d('width', '净宽', 'Net width', INTERIOR),
      d('height', '净高', 'Net height', R.storeyHeight),
    ],
  },
  bathroom: {
    type: 'bathroom',
    ...N.bathroom,
    dims: [
      d('length', '净长', 'Net length', INTERIOR),
      d('width', '净宽', 'Net width', INTERIOR),
      d('height', '净高', 'Net height', R.storeyHeight),
    ],
  },
  other: {
    type: 'other',
    ...N.other,
    dims: [
      d('length', '尺寸1', 'Dimension 1', INTERIOR),
      d('width', '尺寸2', 'Dimension 2', INTERIOR),
      d('height', '尺寸3', 'Dimension 3', INTERIOR),
    ],
  },
};

/** Accepts the key or the Chinese / English name, as people type it in a spreadsheet. */
export function parseComponentType(text: string): ComponentType | null {
  const s = text.trim();
  for (const info of Object.values(componentTypeInfo)) {
    if (s === info.type || s === info.zh || s.toLowerCase() === info.en.toLowerCase()) return info.type;
  }
  return null;
}

export type DimensionCheck = {
  dim: DimensionRule['key'];
  label: string;
  dimMm: number;
  /** The modules this dimension should follow, e.g. ['3M', '2M']. */
  expected: string[];
  ok: boolean;
  /** The module it is a multiple of, when ok. */
  module: string | null;
  reason: string | null;
  /** The nearest modular sizes, when not ok. */
  nearest: Array<{ module: string; dimMm: number; deltaMm: number }>;
};

export type SpecModularResult = { applicable: boolean; ok: boolean | null; reason: string | null; dims: DimensionCheck[] };

/**
 * GB/T 50002-2013 check of a spec, dimension by dimension against the modules its type allows.
 * Steel sections named by a profile designation follow their section standard (e.g. GB/T 11263), not the
 * building module, so they are reported as not applicable rather than flagged.
 */
export function checkSpecModular(
  type: ComponentType,
  dimsMm: readonly number[],
  profile: string | null,
  lang: 'zh-CN' | 'en' = 'zh-CN',
): SpecModularResult {
  if (profile) {
    return {
      applicable: false,
      ok: null,
      reason: lang === 'en' ? 'steel section: sized by its section standard' : '型钢截面按型材标准取值，不做模数检查',
      dims: [],
    };
  }
  const info = componentTypeInfo[type];
  const dims: DimensionCheck[] = info.dims.map((rule, i) => {
    const dimMm = dimsMm[i] ?? Number.NaN;
    const r: ModularCheck = checkModular(dimMm, rule.modules);
    const label = lang === 'en' ? rule.en : rule.zh;
    const expected = [...rule.modules].sort((a, b) => b.sizeMm - a.sizeMm).map((m) => m.label);
    if (r.ok) return { dim: rule.key, label, dimMm, expected, ok: true, module: r.module, reason: null, nearest: [] };
    const near = r.nearest.map((n) => `${n.dimMm}`).join(lang === 'en' ? ' or ' : ' 或 ');
    const reason =
      lang === 'en'
        ? `${label} ${dimMm} mm is not a multiple of ${expected.join(', ')}${near ? `; nearest modular size ${near} mm` : ''}`
        : `${label} ${dimMm} mm 不是 ${expected.join('、')} 的整数倍${near ? `，最近的模数尺寸为 ${near} mm` : ''}`;
    return { dim: rule.key, label, dimMm, expected, ok: false, module: null, reason, nearest: r.nearest };
  });
  const bad = dims.filter((x) => !x.ok);
  return {
    applicable: true,
    ok: bad.length === 0,
    reason: bad.length ? bad.map((b) => b.reason).join(lang === 'en' ? '; ' : '；') : null,
    dims,
  };
}

/**
 * Dimensions written in a steel profile designation, e.g. 'PL10*200' → [10, 200], 'HALFEN38/150/1' → [38, 150, 1],
 * 'B193.7/8' → [193.7, 8]. The letters before the first digit are the section family.
 */
export function parseProfile(profile: string): { family: string; dimsMm: number[] } | null {
  const s = profile.trim().toUpperCase();
  const m = /^([^0-9]*)(.*)$/.exec(s);
  if (!m) return null;
  const numbers = (m[2] ?? '').match(/\d+(?:\.\d+)?/g);
  if (!numbers?.length) return null;
  return { family: (m[1] ?? '').trim(), dimsMm: numbers.map(Number) };
}
