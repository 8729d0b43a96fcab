import type { Messages } from '../../i18n/index.js';
import type { ItemOf, ResponseOf } from '../../api/types.js';

export type SupportKind = SupportRecord['kind'];
export type BenefitKind = IndicatorDefinition['kind'];

export const supportKindLabels: Messages<SupportKind> = {
  'zh-CN': { reward: '财政资金奖励', finance: '优惠金融服务', land: '土地优先转让', approval: '审批提速', award: '评优评奖优先' },
  en: {
    reward: 'Financial reward',
    finance: 'Green finance',
    land: 'Priority land transfer',
    approval: 'Faster approval',
    award: 'Award priority',
  },
};
export const supportKindColors: Record<SupportKind, string> = {
  reward: 'gold',
  finance: 'blue',
  land: 'purple',
  approval: 'green',
  award: 'magenta',
};

export const benefitKindLabels: Messages<BenefitKind> = {
  'zh-CN': { disposal: '处置费节约', materials: '节材', energy: '节能', water: '节水', carbon: '减碳' },
  en: { disposal: 'Disposal saved', materials: 'Materials', energy: 'Energy', water: 'Water', carbon: 'Carbon' },
};

export type SupportRecord = ItemOf<'/api/support/records'>;

export type RegionTotals = ItemOf<'/api/support/summary'>;

export type Benefit = Measure['benefits'][number];
export type Measure = ResponseOf<'/api/costs/projects/{id}'>['measures'][number];
export type Totals = ResponseOf<'/api/costs/projects/{id}'>['totals'];
export type RegionCost = ItemOf<'/api/costs/summary'>;
export type IndicatorDefinition = ItemOf<'/api/costs/indicators'>;

export const money = (v: number | null | undefined, lang: string) =>
  v === null || v === undefined ? '—' : v.toLocaleString(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
