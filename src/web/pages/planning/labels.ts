import type { Messages } from '../../i18n/index.js';
import type { ItemOf, ResponseOf } from '../../api/types.js';

export const aspects = ['design', 'materials', 'production', 'construction', 'delivery'] as const;
export type Aspect = (typeof aspects)[number];
export const stages = ['planning', 'design', 'production', 'construction', 'acceptance', 'delivery'] as const;
export type Stage = (typeof stages)[number];
export type Direction = IndicatorOption['direction'];
export type VersionStatus = PlanVersion['status'];

export const aspectLabels: Messages<Aspect> = {
  'zh-CN': { design: '绿色设计', materials: '绿色建材', production: '绿色生产', construction: '绿色施工', delivery: '绿色交付' },
  en: {
    design: 'Green design',
    materials: 'Green materials',
    production: 'Green production',
    construction: 'Green construction',
    delivery: 'Green delivery',
  },
};
export const stageLabels: Messages<Stage> = {
  'zh-CN': { planning: '策划', design: '设计', production: '生产', construction: '施工', acceptance: '验收', delivery: '交付' },
  en: {
    planning: 'Planning',
    design: 'Design',
    production: 'Production',
    construction: 'Construction',
    acceptance: 'Acceptance',
    delivery: 'Delivery',
  },
};
export const statusLabels: Messages<VersionStatus | 'none'> = {
  'zh-CN': { none: '未编制', draft: '草稿', submitted: '待审核', returned: '已退回', approved: '已批准', superseded: '已替代' },
  en: {
    none: 'Not drafted',
    draft: 'Draft',
    submitted: 'Awaiting review',
    returned: 'Returned',
    approved: 'Approved',
    superseded: 'Superseded',
  },
};
export const statusColors: Record<VersionStatus | 'none', string> = {
  none: 'default',
  draft: 'blue',
  submitted: 'gold',
  returned: 'red',
  approved: 'green',
  superseded: 'default',
};
export const directionLabels: Messages<Direction> = {
  'zh-CN': { higherIsBetter: '不低于', lowerIsBetter: '不高于' },
  en: { higherIsBetter: 'at least', lowerIsBetter: 'at most' },
};

export type Target = AspectContent['targets'][number];
export type PickedMeasure = AspectContent['measures'][number];
export type AspectContent = PlanVersion['aspects'][number];
export type PlanVersion = NonNullable<PlanView['current']>;
export type PlanView = ResponseOf<'/api/planning/projects/{projectId}/plan'>;
export type Measure = ItemOf<'/api/planning/measures'>;
export type IndicatorOption = ItemOf<'/api/planning/indicator-options'>;

export type PlanListItem = ItemOf<'/api/planning/plans'>;

export const fmt = (v: number | null | undefined) => (v === null || v === undefined ? '—' : String(Math.round(v * 100) / 100));
