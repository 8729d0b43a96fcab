// 监督检查 events (issue 16): findings and the 整改通知单 lifecycle; subject = the resource under its project.
import { z } from 'zod';
import { defineEventType } from '../../platform/events.js';

export const findingRaised = defineEventType({
  type: 'cn.greenbuild.supervision.finding.raised.v1',
  dataset: 'supervision',
  title: { zh: '检查发现问题', en: 'Inspection finding raised' },
  schema: z.object({
    projectId: z.uuid(),
    inspectionId: z.uuid(),
    findingId: z.uuid(),
    severity: z.string(),
    stopWork: z.boolean(),
  }),
});

const notice = z.object({ projectId: z.uuid(), noticeId: z.uuid(), findingId: z.uuid(), code: z.string() });

export const noticeIssued = defineEventType({
  type: 'cn.greenbuild.supervision.notice.issued.v1',
  dataset: 'supervision',
  title: { zh: '整改通知单已下发', en: 'Rectification notice issued' },
  schema: notice.extend({ responsibleOrganisationId: z.uuid(), deadline: z.string() }),
});

export const noticeRectified = defineEventType({
  type: 'cn.greenbuild.supervision.notice.rectified.v1',
  dataset: 'supervision',
  title: { zh: '整改已验收（通知单关闭）', en: 'Rectification verified (notice closed)' },
  schema: notice,
});

export const noticeEscalated = defineEventType({
  type: 'cn.greenbuild.supervision.notice.escalated.v1',
  dataset: 'supervision',
  title: { zh: '整改逾期已升级', en: 'Overdue notice escalated' },
  schema: notice.extend({ escalationLevel: z.number().int(), deadline: z.string() }),
});

export const supervisionEventTypes = [findingRaised, noticeIssued, noticeRectified, noticeEscalated];
