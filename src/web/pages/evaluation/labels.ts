import type { Messages } from '../../i18n/index.js';

// TODO(openapi): response schema pending
export type SchemeSummary = { id: string; regionCode: string | null; code: string; version: number; name: string; frozen: boolean; derivedFrom: string | null; standard: string; recalled: boolean; createdAt: string; updatedAt: string };
// TODO(openapi): response schema pending
export type SchemeItem = { id: string; name: string; kind: 'control' | 'general' | 'bonus'; maxScore: number; scoring: { mode: 'indicator' | 'expert' | 'manual'; indicator?: string; unit?: string; rule?: unknown; allowedScores?: number[] }; recalled?: boolean; note?: string };
// TODO(openapi): response schema pending
export type SchemeDocument = {
  id: string;
  version: number;
  name: string;
  standard: string;
  recalled?: boolean;
  note?: string;
  grades: Array<{ code: string; label: { zh: string; en: string }; rank: number }>;
  stages: Array<{ id: string; name: string; weight: number; recalled?: boolean; note?: string; elements: Array<{ id: string; name: string; weight: number; recalled?: boolean; items: SchemeItem[] }> }>;
  gradeRules: Array<{ grade: string; conditions: unknown[]; recalled?: boolean }>;
  formulas: unknown;
};
// TODO(openapi): response schema pending
export type Scheme = SchemeSummary & { document: SchemeDocument };

// TODO(openapi): response schema pending
export type EvaluationKind = 'monthly_self' | 'stage_expert' | 'final';
// TODO(openapi): response schema pending
export type EvaluationStatus = 'open' | 'submitted' | 'closed';
// TODO(openapi): response schema pending
export type EvaluationSummary = { id: string; projectId: string; projectCode: string | null; projectName: string | null; schemeId: string; kind: EvaluationKind; period: string | null; stageId: string | null; evaluatedOn: string; status: EvaluationStatus; score: number | null; grade: string | null; submittedAt: string | null; closedAt: string | null; isDemo: boolean };
// TODO(openapi): response schema pending
export type AutoFill = { indicator: string; value: number | null; asOf: string; reason?: string };
// TODO(openapi): response schema pending
export type ItemEntry = { type: 'score'; score: number; note?: string | null; byName: string; at: string } | { type: 'notApplicable'; reason: string; byName: string; at: string };
// TODO(openapi): response schema pending
export type EvaluationItemView = {
  itemId: string;
  elementId: string;
  elementName: string;
  elementWeight: number;
  name: string;
  kind: 'control' | 'general' | 'bonus';
  maxScore: number;
  mode: 'indicator' | 'expert' | 'manual';
  indicator: string | null;
  unit: string | null;
  allowedScores: number[] | null;
  recalled: boolean;
  auto: AutoFill | null;
  entry: ItemEntry | null;
  expertScores: Array<{ expertUserId: string; expertName: string; score: number; comment: string | null }>;
  myScore: { score: number; comment: string | null } | null;
  evidenceIds: string[];
  score: number | null;
  passed: boolean | null;
  basis: string | null;
};
// TODO(openapi): response schema pending
export type EvaluationDetail = EvaluationSummary & {
  scheme: SchemeSummary;
  stageName: string | null;
  experts: Array<{ userId: string; displayName: string; status: 'assigned' | 'submitted'; comment: string | null; submittedAt: string | null }>;
  evidence: Array<{ id: string; itemId: string; fileName: string; mediaType: string; sizeBytes: number; sha256: string }>;
  items: EvaluationItemView[];
  missing: Array<{ itemId: string; name: string; reason: string }>;
  issues: Array<{ path: string; message: string }>;
  preview: { score: number; reportedScore: number } | null;
  result: unknown;
};
// TODO(openapi): response schema pending
export type ProjectResult = {
  schemeId: string;
  schemeVersion: number;
  schemeName: string;
  provisional: boolean;
  score: number;
  reportedScore: number;
  grade: { code: string; zh: string; en: string; rank: number };
  stages: Array<{ stageId: string; name: string; weight: number; score: number | null; reportedScore: number | null; batches: number }>;
  controlItemsPassed: boolean;
  source: 'final' | 'batches';
  closedEvaluations: number;
  lastEvaluatedOn: string | null;
};
// TODO(openapi): response schema pending
export type RankingRow = { rank: number | null; projectId: string; code: string; name: string; regionCode: string; status: string; score: number | null; reportedScore: number | null; grade: ProjectResult['grade'] | null; provisional: boolean | null; source: string | null; closedEvaluations: number; lastEvaluatedOn: string | null; schemeName: string | null };

export const gradeColor = (rank: number | undefined | null) => (rank === undefined || rank === null ? 'default' : rank <= 0 ? 'red' : rank === 1 ? 'blue' : rank === 2 ? 'green' : 'gold');

export const evaluationLabels: Messages<
  'monthly_self' | 'stage_expert' | 'final' | 'open' | 'submitted' | 'closed' | 'control' | 'general' | 'bonus' | 'indicator' | 'expert' | 'manual' | 'recalled' | 'notApplicable' | 'provisional'
> = {
  'zh-CN': {
    monthly_self: '月度自评',
    stage_expert: '阶段专家评价',
    final: '最终评价',
    open: '进行中',
    submitted: '已提交',
    closed: '已关闭',
    control: '控制项',
    general: '一般项',
    bonus: '优选项',
    indicator: '自动（平台指标）',
    expert: '专家评分',
    manual: '人工填报',
    recalled: '回忆值待核',
    notApplicable: '不适用',
    provisional: '暂定',
  },
  en: {
    monthly_self: 'Monthly self-evaluation',
    stage_expert: 'Stage expert evaluation',
    final: 'Final evaluation',
    open: 'Open',
    submitted: 'Submitted',
    closed: 'Closed',
    control: 'Control',
    general: 'General',
    bonus: 'Bonus',
    indicator: 'Automatic (indicator)',
    expert: 'Expert',
    manual: 'Manual',
    recalled: 'Recalled, to confirm',
    notApplicable: 'Not applicable',
    provisional: 'Provisional',
  },
};

export const fmt = (v: number | null | undefined, d = 1) => (v === null || v === undefined ? '—' : String(Number(v.toFixed(d))));
