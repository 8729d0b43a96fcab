// 绿色策划方案 workflow events (issue 16); subject = the project's plan.
import { z } from 'zod';
import { defineEventType } from '../../platform/events.js';

const planData = z.object({ projectId: z.uuid(), planId: z.uuid(), version: z.number().int() });

export const planSubmitted = defineEventType({
  type: 'cn.greenbuild.planning.plan.submitted.v1',
  dataset: 'planning',
  title: { zh: '绿色策划方案已提交审核', en: 'Green plan submitted' },
  schema: planData,
});

export const planApproved = defineEventType({
  type: 'cn.greenbuild.planning.plan.approved.v1',
  dataset: 'planning',
  title: { zh: '绿色策划方案已批准', en: 'Green plan approved' },
  schema: planData,
});

export const planReturned = defineEventType({
  type: 'cn.greenbuild.planning.plan.returned.v1',
  dataset: 'planning',
  title: { zh: '绿色策划方案已退回修改', en: 'Green plan returned' },
  schema: planData.extend({ comment: z.string() }),
});

export const planningEventTypes = [planSubmitted, planApproved, planReturned];
