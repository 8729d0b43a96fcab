// Construction-waste vocabulary for 建质〔2020〕46号 reporting: categories, 工程垃圾 sub-classes,
// estimation stages and disposal routes, with zh/en labels for UI and exports.

/**
 * CJJ/T 134-2019 five categories ([R-h]). `excludedFromTarget` mirrors the 46号 target wording
 * "不包括工程渣土、工程泥浆" ([V]); the accounting rules in accounting.ts carry the list actually used.
 */
export const WASTE_CATEGORIES = {
  engineeringSpoil: { zh: '工程渣土', en: 'Excavated soil (engineering spoil)', excludedFromTarget: true },
  engineeringMud: { zh: '工程泥浆', en: 'Engineering slurry', excludedFromTarget: true },
  constructionWaste: { zh: '工程垃圾', en: 'Construction waste', excludedFromTarget: false },
  demolitionWaste: { zh: '拆除垃圾', en: 'Demolition waste', excludedFromTarget: false },
  decorationWaste: { zh: '装修垃圾', en: 'Fit-out / decoration waste', excludedFromTarget: false },
} as const;
export type WasteCategory = keyof typeof WASTE_CATEGORIES;
export const WASTE_CATEGORY_IDS = Object.keys(WASTE_CATEGORIES) as WasteCategory[];

/** Site-sorting sub-classes of 工程垃圾 (draft 行标 2021 [V]; 手册 [R-m]). Only valid with category constructionWaste. */
export const CONSTRUCTION_WASTE_SUBCLASSES = {
  metal: { zh: '金属类', en: 'Metal' },
  inorganicNonMetal: { zh: '无机非金属类', en: 'Inorganic non-metallic' },
  other: { zh: '其他类', en: 'Other' },
} as const;
export type ConstructionWasteSubClass = keyof typeof CONSTRUCTION_WASTE_SUBCLASSES;
export const CONSTRUCTION_WASTE_SUBCLASS_IDS = Object.keys(CONSTRUCTION_WASTE_SUBCLASSES) as ConstructionWasteSubClass[];

/** Estimation stages of the draft 行标《施工现场建筑垃圾减量化技术标准》 ([V] cnbridge.cn). */
export const WASTE_STAGES = {
  underground: { zh: '地下结构', en: 'Below-ground structure (±0 and below, foundations)' },
  superstructure: { zh: '主体结构', en: 'Superstructure (above ±0)' },
  finishingAndServices: { zh: '装修及机电', en: 'Roofing, fit-out and MEP installation' },
} as const;
export type WasteStage = keyof typeof WASTE_STAGES;
export const WASTE_STAGE_IDS = Object.keys(WASTE_STAGES) as WasteStage[];

/**
 * Where a tonne goes. `leavesSite` decides whether it is 排放 (discharged off site, the quantity the
 * 300/200 t/万m² target limits); `recovered` decides whether it counts toward the 资源化/再利用 rate.
 */
export const WASTE_ROUTES = {
  reuseOnSite: { zh: '现场再利用', en: 'Reused on site', leavesSite: false, recovered: true },
  recycling: { zh: '资源化利用（持证单位）', en: 'Sent to licensed recycling', leavesSite: true, recovered: true },
  disposal: { zh: '填埋/消纳处置', en: 'Landfill / disposal', leavesSite: true, recovered: false },
} as const;
export type WasteRoute = keyof typeof WASTE_ROUTES;
export const WASTE_ROUTE_IDS = Object.keys(WASTE_ROUTES) as WasteRoute[];
