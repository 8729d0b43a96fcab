import type { Messages } from '../../i18n/index.js';
import type { ItemOf, ResponseOf } from '../../api/types.js';

export type Criterion = Round['criteria'][number];
export type Round = ItemOf<'/api/rounds'>;
export type ApplicationRow = ItemOf<'/api/applications'>;
export type Assignment = ApplicationDetail['assignments'][number];
export type ApplicationDetail = ResponseOf<'/api/applications/{id}'>;

export const applicationStatusLabels: Messages<'submitted' | 'reviewing' | 'decided'> = {
  'zh-CN': { submitted: '已提交', reviewing: '评审中', decided: '已决定' },
  en: { submitted: 'Submitted', reviewing: 'In review', decided: 'Decided' },
};
export const roundStatusLabels: Messages<'draft' | 'open' | 'closed'> = {
  'zh-CN': { draft: '草稿', open: '开放申报', closed: '已截止' },
  en: { draft: 'Draft', open: 'Open', closed: 'Closed' },
};
export const reviewStatusLabels: Messages<'assigned' | 'submitted'> = {
  'zh-CN': { assigned: '待评分', submitted: '已提交' },
  en: { assigned: 'To score', submitted: 'Submitted' },
};
