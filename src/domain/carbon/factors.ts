// GB/T 51366-2019 seed data: Appendix D material factors, Appendix E transport factors, default
// transport distances, densities and grid factors. Every figure carries source + confidence
// (standards.md §5); only a few were cross-checked, so the calculation takes this library as a
// parameter and never reads these constants directly.

export type Confidence = 'verified' | 'recalled-high' | 'recalled-medium' | 'recalled-low';

export type MaterialUnit = 'm3' | 't' | 'm2';

/** Groups materials for defaults that the standard states per kind (distance) or physics fixes (density). */
export type MaterialCategory =
  | 'concrete'
  | 'cement'
  | 'lime'
  | 'gypsum'
  | 'aggregate'
  | 'steel'
  | 'glass'
  | 'aluminium'
  | 'window'
  | 'masonry'
  | 'insulation'
  | 'plastic'
  | 'water';

export interface MaterialFactor {
  id: string;
  nameZh: string;
  nameEn: string;
  unit: MaterialUnit;
  /** kgCO2e per unit. */
  value: number;
  category: MaterialCategory;
  source: string;
  confidence: Confidence;
  version: string;
  note?: string;
}

export interface TransportFactor {
  id: string;
  nameZh: string;
  nameEn: string;
  /** kgCO2e per tonne-km. */
  value: number;
  source: string;
  confidence: Confidence;
  version: string;
}

const SEED_VERSION = '51366-2019/seed-2026-11-24';
const D = 'GB/T 51366-2019 附录D';
const D_WEB = `${D} [V] https://mdjjksjc.com/html/2024/1129/7006001055010003.shtm`;
const D_CODE = `${D} [V] github AlessioWang/AutoFacade CarbonPara.java`;
const D_RECALLED = `${D} (recalled, standards.md §5)`;

function m(
  id: string,
  nameZh: string,
  nameEn: string,
  value: number,
  unit: MaterialUnit,
  category: MaterialCategory,
  source: string,
  confidence: Confidence,
  note?: string,
): MaterialFactor {
  return { id, nameZh, nameEn, unit, value, category, source, confidence, version: SEED_VERSION, ...(note === undefined ? {} : { note }) };
}

// GB/T 51366-2019 附录D 建材碳排放因子 (seed; confirm recalled entries against the official PDF).
export const MATERIAL_FACTORS_51366: readonly MaterialFactor[] = [
  m('cement-opc', '普通硅酸盐水泥（市场平均）', 'Ordinary Portland cement (market average)', 735, 't', 'cement', D_WEB, 'verified'),
  m('quicklime', '生石灰（市场平均）', 'Quicklime (market average)', 1190, 't', 'lime', D_WEB, 'verified'),
  m(
    'hydrated-lime',
    '消石灰',
    'Hydrated lime',
    747,
    't',
    'lime',
    D_WEB,
    'recalled-low',
    'value [V], but the web copy prints the unit as m³; /t assumed',
  ),
  m('gypsum-natural', '天然石膏', 'Natural gypsum', 32.8, 't', 'gypsum', D_WEB, 'verified'),
  m(
    'sand',
    '砂（f=1.6~3.0）',
    'Sand (fineness 1.6–3.0)',
    2.51,
    't',
    'aggregate',
    D_WEB,
    'recalled-medium',
    'value [V]; unit cut off in the copy, /t assumed',
  ),
  m('crushed-stone', '碎石（d=10~30mm）', 'Crushed stone (10–30 mm)', 2.18, 't', 'aggregate', D_RECALLED, 'recalled-medium'),
  m('concrete-c30', 'C30混凝土', 'Concrete C30', 295, 'm3', 'concrete', D_CODE, 'verified'),
  m('concrete-c50', 'C50混凝土', 'Concrete C50', 385, 'm3', 'concrete', D_CODE, 'verified'),
  m('rebar-hot-rolled', '热轧碳钢钢筋', 'Hot-rolled carbon steel rebar', 2340, 't', 'steel', D_CODE, 'verified'),
  m('steel-carbon-average', '普通碳钢（市场平均）', 'Carbon steel (market average)', 2050, 't', 'steel', D_RECALLED, 'recalled-medium'),
  m('steel-h-section', '热轧碳钢H钢', 'Hot-rolled carbon steel H-section', 2350, 't', 'steel', D_RECALLED, 'recalled-medium'),
  m(
    'steel-plate-medium',
    '热轧碳钢中厚板',
    'Hot-rolled carbon steel medium/thick plate',
    2400,
    't',
    'steel',
    D_RECALLED,
    'recalled-medium',
  ),
  m('steel-small-section', '热轧碳钢小型型钢', 'Hot-rolled carbon steel small sections', 2310, 't', 'steel', D_RECALLED, 'recalled-medium'),
  m('steel-seamless-pipe', '热轧碳钢无缝钢管', 'Hot-rolled seamless carbon steel pipe', 3150, 't', 'steel', D_RECALLED, 'recalled-medium'),
  m('steel-galvanised-coil', '碳钢热镀锌板卷', 'Hot-dip galvanised carbon steel coil', 3110, 't', 'steel', D_RECALLED, 'recalled-medium'),
  m('glass-float', '平板玻璃', 'Float glass', 1130, 't', 'glass', D_CODE, 'verified'),
  m(
    'aluminium-electrolytic',
    '电解铝（全国平均电网电力）',
    'Primary aluminium (national grid average)',
    20300,
    't',
    'aluminium',
    D_CODE,
    'verified',
  ),
  m('aluminium-sheet-strip', '铝板带', 'Aluminium sheet and strip', 28500, 't', 'aluminium', D_RECALLED, 'recalled-medium'),
  m(
    'window-upvc',
    '塑钢窗',
    'uPVC window',
    121,
    'm2',
    'window',
    D_CODE,
    'recalled-medium',
    'value [V] in code as STEELWINDOW; that it is 塑钢窗 per m² is recalled',
  ),
  m(
    'window-alu-thermal-break-primary',
    '断桥铝合金窗（100%原生铝）',
    'Thermally broken aluminium window (100% primary Al)',
    254,
    'm2',
    'window',
    D_RECALLED,
    'recalled-medium',
  ),
  m(
    'window-alu-thermal-break-70-30',
    '断桥铝合金窗（原生:再生=7:3）',
    'Thermally broken aluminium window (70% primary / 30% recycled)',
    194,
    'm2',
    'window',
    D_RECALLED,
    'recalled-medium',
  ),
  m('brick-concrete', '混凝土砖（240×115×90）', 'Concrete brick (240×115×90)', 336, 'm3', 'masonry', D_RECALLED, 'recalled-medium'),
  m('brick-shale-solid', '页岩实心砖', 'Solid shale brick', 292, 'm3', 'masonry', D_RECALLED, 'recalled-medium'),
  m('brick-shale-hollow', '页岩空心砖', 'Hollow shale brick', 204, 'm3', 'masonry', D_RECALLED, 'recalled-medium'),
  m('brick-clay-hollow', '黏土空心砖', 'Hollow clay brick', 250, 'm3', 'masonry', D_RECALLED, 'recalled-medium'),
  m('brick-fly-ash-autoclaved', '蒸压粉煤灰砖', 'Autoclaved fly-ash brick', 341, 'm3', 'masonry', D_RECALLED, 'recalled-medium'),
  m('insulation-rock-wool', '岩棉板', 'Rock wool board', 1980, 't', 'insulation', D_RECALLED, 'recalled-medium'),
  m('insulation-pu-rigid', '硬泡聚氨酯板', 'Rigid polyurethane foam board', 5220, 't', 'insulation', D_RECALLED, 'recalled-medium'),
  m('insulation-eps', '聚苯乙烯泡沫板', 'Expanded polystyrene board', 5020, 't', 'insulation', D_RECALLED, 'recalled-medium'),
  m('plastic-pvc', 'PVC（市场平均）', 'PVC (market average)', 7300, 't', 'plastic', D_RECALLED, 'recalled-medium'),
  m('plastic-hdpe', 'HDPE', 'HDPE', 1810, 't', 'plastic', D_RECALLED, 'recalled-medium'),
  m('plastic-ldpe', 'LDPE', 'LDPE', 2810, 't', 'plastic', D_RECALLED, 'recalled-medium'),
  m('water-tap', '自来水', 'Tap water', 0.168, 't', 'water', D_RECALLED, 'recalled-medium'),
];

const E = 'GB/T 51366-2019 附录E (recalled, standards.md §5 [R-m])';
function tf(id: string, nameZh: string, nameEn: string, value: number): TransportFactor {
  return { id, nameZh, nameEn, value, source: E, confidence: 'recalled-medium', version: SEED_VERSION };
}

// GB/T 51366-2019 附录E 运输碳排放因子, kgCO2e/(t·km) (recalled).
export const TRANSPORT_FACTORS_51366: readonly TransportFactor[] = [
  tf('petrol-light-2t', '轻型汽油货车运输（载重2t）', 'Light petrol truck (2 t)', 0.334),
  tf('petrol-medium-8t', '中型汽油货车运输（载重8t）', 'Medium petrol truck (8 t)', 0.115),
  tf('petrol-heavy-10t', '重型汽油货车运输（载重10t）', 'Heavy petrol truck (10 t)', 0.104),
  tf('petrol-heavy-18t', '重型汽油货车运输（载重18t）', 'Heavy petrol truck (18 t)', 0.104),
  tf('diesel-light-2t', '轻型柴油货车运输（载重2t）', 'Light diesel truck (2 t)', 0.286),
  tf('diesel-medium-8t', '中型柴油货车运输（载重8t）', 'Medium diesel truck (8 t)', 0.179),
  tf('diesel-heavy-10t', '重型柴油货车运输（载重10t）', 'Heavy diesel truck (10 t)', 0.162),
  tf('diesel-heavy-18t', '重型柴油货车运输（载重18t）', 'Heavy diesel truck (18 t)', 0.129),
  tf('diesel-heavy-30t', '重型柴油货车运输（载重30t）', 'Heavy diesel truck (30 t)', 0.078),
  tf('diesel-heavy-46t', '重型柴油货车运输（载重46t）', 'Heavy diesel truck (46 t)', 0.057),
  tf('rail-electric', '电力机车运输', 'Electric rail', 0.01),
  tf('rail-diesel', '内燃机车运输', 'Diesel rail', 0.011),
  tf('rail-average', '铁路运输（市场平均）', 'Rail (market average)', 0.01),
  tf('ship-liquid-2000t', '液货船运输（载重2000t）', 'Liquid cargo ship (2,000 t)', 0.019),
  tf('ship-dry-bulk-2500t', '干散货船运输（载重2500t）', 'Dry bulk ship (2,500 t)', 0.015),
  tf('ship-container-200teu', '集装箱船运输（载重200TEU）', 'Container ship (200 TEU)', 0.012),
];

export interface TransportDistanceDefaults {
  version: string;
  source: string;
  confidence: Confidence;
  /** km, per material category where the standard gives one. */
  byCategory: Partial<Record<MaterialCategory, number>>;
  /** km for every other material. */
  otherKm: number;
}

// GB/T 51366-2019 §6.3 建材运输 default distances: 混凝土 40 km, other materials 500 km (clause and values recalled).
export const DEFAULT_TRANSPORT_DISTANCES_51366: TransportDistanceDefaults = {
  version: SEED_VERSION,
  source: 'GB/T 51366-2019 建材运输距离默认值 (recalled, standards.md §5 [R-h])',
  confidence: 'recalled-high',
  byCategory: { concrete: 40 },
  otherKm: 500,
};

export interface MaterialDensity {
  category: MaterialCategory;
  tPerM3: number;
  source: string;
  confidence: Confidence;
}

/**
 * Densities used to turn volumes into tonnes (C_ys is per tonne-km, and steel is often quantified by
 * volume in IFC). Not from 51366: engineering handbook values. Concrete 2.4 t/m³ is the usual design
 * value for normal-weight (reinforced) concrete; steel 7.85 t/m³ per GB 50017.
 */
export const DEFAULT_DENSITIES: readonly MaterialDensity[] = [
  {
    category: 'concrete',
    tPerM3: 2.4,
    source: 'engineering default for normal-weight concrete (not in 51366)',
    confidence: 'recalled-high',
  },
  { category: 'steel', tPerM3: 7.85, source: 'GB 50017 钢材质量密度 7850 kg/m³ (recalled)', confidence: 'recalled-high' },
];

export type EnergyCarrier = 'electricity' | 'diesel' | 'gasoline' | 'natural-gas' | 'heat' | 'other';
export type EnergyUnit = 'kWh' | 'L' | 'kg' | 'm3' | 'GJ';

export interface EnergyFactor {
  id: string;
  carrier: EnergyCarrier;
  unit: EnergyUnit;
  /** kgCO2e per unit. */
  value: number;
  /** 'CN' national grid, or a regional grid / province code. */
  region: string;
  /** Data year the factor describes. */
  year: number;
  source: string;
  confidence: Confidence;
  version: string;
}

/**
 * GB/T 51366-2019 (electricity factor clause, recalled): use the grid factor published by the national authorities;
 * the standard fixes no number. These national averages are recalled ([R-l]) — a project must pick a
 * dated, regional factor and pass it in; these seeds exist so an admin has something to confirm.
 */
export const GRID_FACTOR_SEEDS: readonly EnergyFactor[] = [
  {
    id: 'grid-cn-2021',
    carrier: 'electricity',
    unit: 'kWh',
    value: 0.581,
    region: 'CN',
    year: 2021,
    source: '全国电网平均排放因子 0.5810 tCO2/MWh (recalled, standards.md §5 [R-l])',
    confidence: 'recalled-low',
    version: SEED_VERSION,
  },
  {
    id: 'grid-cn-2022-mee',
    carrier: 'electricity',
    unit: 'kWh',
    value: 0.5703,
    region: 'CN',
    year: 2022,
    source: '生态环境部 2023 通知 0.5703 tCO2/MWh (recalled [R-l])',
    confidence: 'recalled-low',
    version: SEED_VERSION,
  },
  {
    id: 'grid-cn-2022-nbs',
    carrier: 'electricity',
    unit: 'kWh',
    value: 0.5366,
    region: 'CN',
    year: 2022,
    source: '生态环境部+国家统计局 2024 发布 0.5366 tCO2/MWh (recalled [R-l])',
    confidence: 'recalled-low',
    version: SEED_VERSION,
  },
];

export interface CarbonAssumptions {
  /** Transport mode used when a line does not name one (platform choice, not from the standard). */
  defaultTransportModeId: string;
  distances: TransportDistanceDefaults;
  densities: readonly MaterialDensity[];
}

// GB/T 51366-2019 §6.3 defaults bundled: 30 t heavy diesel truck (platform choice), 40/500 km, densities.
export const DEFAULT_CARBON_ASSUMPTIONS: CarbonAssumptions = {
  defaultTransportModeId: 'diesel-heavy-30t',
  distances: DEFAULT_TRANSPORT_DISTANCES_51366,
  densities: DEFAULT_DENSITIES,
};
