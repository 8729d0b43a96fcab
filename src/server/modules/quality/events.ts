// 质量追溯 events (issue 16): a record appended to the transparency log, with its ledger index.
import { z } from 'zod';
import { defineEventType } from '../../platform/events.js';

export const qualityRecordAppended = defineEventType({
  type: 'cn.greenbuild.quality.record.appended.v1',
  dataset: 'quality',
  title: { zh: '质量追溯记录已上链', en: 'Quality record appended to the ledger' },
  schema: z.object({
    projectId: z.uuid(),
    recordId: z.uuid(),
    kind: z.string(),
    ledgerIndex: z.number().int().meta({ description: 'The entry’s index in the transparency log (ask for its inclusion proof)' }),
    correctsRecordId: z.uuid().nullable(),
  }),
});

export const qualityEventTypes = [qualityRecordAppended];
