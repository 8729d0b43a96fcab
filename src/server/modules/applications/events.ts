// 申报 events (issue 16): thin payloads; subject = the application's path.
import { z } from 'zod';
import { defineEventType } from '../../platform/events.js';

export const applicationSubmitted = defineEventType({
  type: 'cn.greenbuild.applications.application.submitted.v1',
  dataset: 'applications',
  title: { zh: '试点申报已提交', en: 'Application submitted' },
  schema: z.object({ applicationId: z.uuid(), roundId: z.uuid(), projectId: z.uuid(), organisationId: z.uuid() }),
});

export const applicationDecided = defineEventType({
  type: 'cn.greenbuild.applications.application.decided.v1',
  dataset: 'applications',
  title: { zh: '试点申报已决定', en: 'Application decided' },
  schema: z.object({ applicationId: z.uuid(), projectId: z.uuid(), decision: z.enum(['selected', 'rejected']) }),
});

export const applicationEventTypes = [applicationSubmitted, applicationDecided];
