// 经验做法 events (issue 16): a practice published on the public site; subject = the practice.
import { z } from 'zod';
import { defineEventType } from '../../platform/events.js';

export const practicePublished = defineEventType({
  type: 'cn.greenbuild.practices.practice.published.v1',
  dataset: 'practices',
  title: { zh: '经验做法已发布', en: 'Practice published' },
  schema: z.object({ practiceId: z.uuid(), regionCode: z.string(), title: z.string(), sourceProjectIds: z.array(z.uuid()) }),
});

export const practiceEventTypes = [practicePublished];
