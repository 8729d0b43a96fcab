import type { Messages } from '../../i18n/index.js';

export type SupportKind = 'reward' | 'finance' | 'land' | 'approval' | 'award';
export type BenefitKind = 'disposal' | 'materials' | 'energy' | 'water' | 'carbon';

export const supportKindLabels: Messages<SupportKind> = {
  'zh-CN': { reward: '财政资金奖励', finance: '优惠金融服务', land: '土地优先转让', approval: '审批提速', award: '评优评奖优先' },
  en: { reward: 'Financial reward', finance: 'Green finance', land: 'Priority land transfer', approval: 'Faster approval', award: 'Award priority' },
};
export const supportKindColors: Record<SupportKind, string> = { reward: 'gold', finance: 'blue', land: 'purple', approval: 'green', award: 'magenta' };

export const benefitKindLabels: Messages<BenefitKind> = {
  'zh-CN': { disposal: '处置费节约', materials: '节材', energy: '节能', water: '节水', carbon: '减碳' },
  en: { disposal: 'Disposal saved', materials: 'Materials', energy: 'Energy', water: 'Water', carbon: 'Carbon' },
};

export type SupportRecord = {
  id: string;
  projectId: string;
  projectCode: string | null;
  projectName: string | null;
  regionCode: string;
  kind: SupportKind;
  grantedOn: string;
  grantedBy: string | null;
  documentNo: string | null;
  amountWanYuan: number | null;
  batch: string | null;
  lender: string | null;
  product: string | null;
  rateDiscountPct: number | null;
  landParcel: string | null;
  landAreaM2: number | null;
  approvalName: string | null;
  standardDays: number | null;
  actualDays: number | null;
  daysSaved: number | null;
  awardName: string | null;
  awardLevel: string | null;
  note: string | null;
};

export type RegionTotals = {
  regionCode: string;
  projectsSupported: number;
  rewardCount: number;
  rewardWanYuan: number;
  financeCount: number;
  financeWanYuan: number;
  avgRateDiscountPct: number | null;
  landCount: number;
  landAreaM2: number;
  approvalCount: number;
  approvalDaysSaved: number;
  avgDaysSavedPerApproval: number | null;
  awardCount: number;
};

export type Benefit = {
  id: string;
  kind: BenefitKind;
  quantity: number;
  unit: string;
  unitValue: number | null;
  value: number | null;
  source: 'manual' | 'indicator';
  indicatorKey: string | null;
  indicatorSnapshot: { key: string; value: number; unit: string; asOf: string; baseline: number | null; quantity: number; quantityUnit: string } | null;
  note: string | null;
};
export type Measure = {
  id: string;
  discipline: string;
  name: string;
  unit: string;
  quantity: number;
  baselineUnitPrice: number;
  greenUnitPrice: number;
  incrementalUnitPrice: number;
  incrementalCost: number;
  benefitValue: number;
  benefitByKind: Record<BenefitKind, number>;
  carbonTonnes: number;
  net: number;
  note: string | null;
  benefits: Benefit[];
};
export type Totals = {
  incrementalCost: number;
  benefitValue: number;
  benefitByKind: Record<BenefitKind, number>;
  carbonTonnes: number;
  net: number;
  floorAreaM2: number | null;
  incrementalCostPerM2: number | null;
  benefitPerM2: number | null;
  carbonKgPerM2: number | null;
  benefitCostRatio: number | null;
};
export type RegionCost = {
  regionCode: string;
  projects: number;
  measures: number;
  floorAreaM2: number;
  incrementalCost: number;
  benefitValue: number;
  carbonTonnes: number;
  incrementalCostPerM2: number | null;
  benefitPerM2: number | null;
};
export type IndicatorDefinition = { key: string; kind: BenefitKind; label: { 'zh-CN': string; en: string }; unit: string; quantityUnit: string; needsBaseline: boolean; baselineHint: { 'zh-CN': string; en: string } | null };

export const money = (v: number | null | undefined, lang: string) => (v === null || v === undefined ? '—' : v.toLocaleString(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 }));
