import type { Messages } from '../../i18n/index.js';

export const aspects = ['design', 'materials', 'production', 'construction', 'delivery'] as const;
export type Aspect = (typeof aspects)[number];
export const stages = ['planning', 'design', 'production', 'construction', 'acceptance', 'delivery'] as const;
export type Stage = (typeof stages)[number];
export type Direction = 'higherIsBetter' | 'lowerIsBetter';
export type VersionStatus = 'draft' | 'submitted' | 'returned' | 'approved' | 'superseded';

export const aspectLabels: Messages<Aspect> = {
  'zh-CN': { design: '绿色设计', materials: '绿色建材', production: '绿色生产', construction: '绿色施工', delivery: '绿色交付' },
  en: { design: 'Green design', materials: 'Green materials', production: 'Green production', construction: 'Green construction', delivery: 'Green delivery' },
};
export const stageLabels: Messages<Stage> = {
  'zh-CN': { planning: '策划', design: '设计', production: '生产', construction: '施工', acceptance: '验收', delivery: '交付' },
  en: { planning: 'Planning', design: 'Design', production: 'Production', construction: 'Construction', acceptance: 'Acceptance', delivery: 'Delivery' },
};
export const statusLabels: Messages<VersionStatus | 'none'> = {
  'zh-CN': { none: '未编制', draft: '草稿', submitted: '待审核', returned: '已退回', approved: '已批准', superseded: '已替代' },
  en: { none: 'Not drafted', draft: 'Draft', submitted: 'Awaiting review', returned: 'Returned', approved: 'Approved', superseded: 'Superseded' },
};
export const statusColors: Record<VersionStatus | 'none', string> = { none: 'default', draft: 'blue', submitted: 'gold', returned: 'red', approved: 'green', superseded: 'default' };
export const directionLabels: Messages<Direction> = {
  'zh-CN': { higherIsBetter: '不低于', lowerIsBetter: '不高于' },
  en: { higherIsBetter: 'at least', lowerIsBetter: 'at most' },
};

export type Target = {
  id?: string;
  indicatorKey: string | null;
  indicatorName?: string | null;
  name: string;
  targetValue: number;
  unit: string;
  direction: Direction;
  dueStage: Stage | null;
  dueDate: string | null;
  note: string | null;
  actual?: number | null;
  met?: boolean | null;
};
export type PickedMeasure = {
  measureId: string;
  measureCode: string;
  measureTitle: string;
  responsibleOrganisationId: string | null;
  responsibleOrganisationName: string | null;
  dueStage: Stage | null;
  note: string | null;
};
export type AspectContent = { aspect: Aspect; summary: string | null; targets: Target[]; measures: PickedMeasure[] };
export type PlanVersion = {
  id: string;
  version: number;
  status: VersionStatus;
  createdAt: string;
  createdByName: string | null;
  updatedAt: string;
  submittedAt: string | null;
  reviewedAt: string | null;
  reviewedByName: string | null;
  reviewComment: string | null;
  approvedAt: string | null;
  aspects: AspectContent[];
};
export type PlanView = {
  project: { id: string; code: string; name: string; regionCode: string; status: string };
  planId: string | null;
  current: PlanVersion | null;
  draft: PlanVersion | null;
  history: PlanVersion[];
  participants: Array<{ organisationId: string; organisationName: string; role: string }>;
  permissions: { edit: boolean; submit: boolean; withdraw: boolean; review: boolean };
};
export type Measure = { id: string; regionCode: string | null; aspect: Aspect; code: string; title: string; description: string | null; source: string | null; defaultStage: Stage | null; active: boolean; updatedAt: string };
export type IndicatorOption = { key: string; module: string; name: { 'zh-CN': string; en: string }; unit: string; direction: Direction };

export type PlanListItem = {
  projectId: string;
  code: string;
  name: string;
  regionCode: string;
  projectStatus: string;
  planId: string | null;
  status: VersionStatus | 'none';
  approvedVersion: number | null;
  approvedAt: string | null;
  workingVersion: number | null;
  workingStatus: VersionStatus | null;
  targets: number;
  measures: number;
  updatedAt: string | null;
};

export const fmt = (v: number | null | undefined) => (v === null || v === undefined ? '—' : String(Math.round(v * 100) / 100));
