// 评价 events (issue 16): an evaluation closed with its frozen score; subject = the evaluation under its project.
import { z } from 'zod';
import { defineEventType } from '../../platform/events.js';

export const evaluationClosed = defineEventType({
  type: 'cn.greenbuild.evaluation.evaluation.closed.v1',
  dataset: 'evaluation',
  title: { zh: '评价已完成', en: 'Evaluation closed' },
  schema: z.object({
    projectId: z.uuid(),
    evaluationId: z.uuid(),
    kind: z.string(),
    score: z.number().nullable(),
    grade: z.string().nullable(),
  }),
});

export const evaluationEventTypes = [evaluationClosed];
