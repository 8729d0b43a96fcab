import type { Messages } from '../../i18n/index.js';
import type { Project } from '../projects/labels.js';

export type Criterion = { id: string; seq: number; name: string; description: string | null; maxScore: number };
export type Round = { id: string; regionCode: string; title: string; status: 'draft' | 'open' | 'closed'; closesOn: string | null; openedAt: string | null; closedAt: string | null; criteria: Criterion[]; applications: number; maxTotal: number };
export type ApplicationRow = {
  id: string;
  roundId: string;
  roundTitle: string;
  regionCode: string;
  projectId: string;
  projectCode: string;
  projectName: string;
  projectStatus: Project['status'];
  organisationId: string;
  organisationName: string;
  status: 'submitted' | 'reviewing' | 'decided';
  decision: 'selected' | 'rejected' | null;
  submittedAt: string;
  attachments: number;
  expertsAssigned: number | null;
  reviewsSubmitted: number | null;
  meanTotal: number | null;
  myAssignmentId: string | null;
  myReviewStatus: string | null;
};
export type Assignment = {
  id: string;
  expertUserId: string;
  expertName: string;
  expertOrganisation: string | null;
  status: 'assigned' | 'submitted';
  comment: string | null;
  submittedAt: string | null;
  scores: Array<{ criterionId: string; score: number }>;
  total: number | null;
};
export type ApplicationDetail = ApplicationRow & {
  decisionNote: string | null;
  decidedAt: string | null;
  project: Project;
  criteria: Criterion[];
  maxTotal: number;
  attachmentList: Array<{ id: string; fileName: string; mediaType: string; sizeBytes: number; sha256: string; uploadedAt: string }>;
  assignments: Assignment[];
  aggregate: null | {
    submitted: number;
    assigned: number;
    meanTotal: number | null;
    minTotal: number | null;
    maxTotal: number | null;
    byCriterion: Array<{ criterionId: string; name: string; maxScore: number; mean: number | null }>;
  };
};

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
