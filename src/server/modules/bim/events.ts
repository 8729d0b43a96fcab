// BIM events (issue 16): the outcome of processing an uploaded IFC model; subject = the model under its project.
import { z } from 'zod';
import { defineEventType } from '../../platform/events.js';

export const bimModelProcessed = defineEventType({
  type: 'cn.greenbuild.bim.model.processed.v1',
  dataset: 'bim',
  title: { zh: 'BIM 模型已解析', en: 'BIM model processed' },
  schema: z.object({ projectId: z.uuid(), modelId: z.uuid(), elementCount: z.number().int() }),
});

export const bimModelFailed = defineEventType({
  type: 'cn.greenbuild.bim.model.failed.v1',
  dataset: 'bim',
  title: { zh: 'BIM 模型解析失败', en: 'BIM model failed' },
  schema: z.object({ projectId: z.uuid(), modelId: z.uuid(), errorCode: z.string() }),
});

export const bimEventTypes = [bimModelProcessed, bimModelFailed];
