import type { ItemOf, ResponseOf, Schemas } from '../../api/types.js';
import type { Messages } from '../../i18n/index.js';

// The evaluation answers, named from the generated schema (src/web/api/types.ts).
export type SchemeSummary = ItemOf<'/api/evaluation/schemes'>;
export type SchemeDocument = Schemas['EvaluationScheme'];
export type SchemeItem = SchemeDocument['stages'][number]['elements'][number]['items'][number];
export type Scheme = ResponseOf<'/api/evaluation/schemes/{id}'>;

export type EvaluationSummary = Schemas['EvaluationSummary'];
export type EvaluationKind = EvaluationSummary['kind'];
export type EvaluationStatus = EvaluationSummary['status'];
export type EvaluationDetail = Schemas['EvaluationDetail'];
export type EvaluationItemView = EvaluationDetail['items'][number];
export type AutoFill = NonNullable<EvaluationItemView['auto']>;
export type ItemEntry = NonNullable<EvaluationItemView['entry']>;
export type ProjectResult = NonNullable<ResponseOf<'/api/evaluation/projects/{projectId}/evaluations'>['result']>;
export type RankingRow = ItemOf<'/api/evaluation/ranking'>;

export const gradeColor = (rank: number | undefined | null) =>
  rank === undefined || rank === null ? 'default' : rank <= 0 ? 'red' : rank === 1 ? 'blue' : rank === 2 ? 'green' : 'gold';

export const evaluationLabels: Messages<
  | 'monthly_self'
  | 'stage_expert'
  | 'final'
  | 'open'
  | 'submitted'
  | 'closed'
  | 'control'
  | 'general'
  | 'bonus'
  | 'indicator'
  | 'expert'
  | 'manual'
  | 'recalled'
  | 'notApplicable'
  | 'provisional'
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
