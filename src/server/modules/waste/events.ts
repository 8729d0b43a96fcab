// 建筑垃圾 events (issue 16): 电子联单 transitions and site records; subject = the resource path under its project.
import { z } from 'zod';
import { defineEventType } from '../../platform/events.js';

const manifest = z.object({ projectId: z.uuid(), manifestId: z.uuid(), number: z.string(), facilityId: z.uuid() });

export const manifestIssued = defineEventType({
  type: 'cn.greenbuild.waste.manifest.issued.v1',
  dataset: 'waste',
  title: { zh: '电子联单已开具', en: 'Manifest issued' },
  schema: manifest.extend({ state: z.string(), gateTonnes: z.number().nullable() }),
});

export const manifestDispatched = defineEventType({
  type: 'cn.greenbuild.waste.manifest.dispatched.v1',
  dataset: 'waste',
  title: { zh: '电子联单已出场', en: 'Manifest dispatched' },
  schema: manifest.extend({ dispatchedAt: z.string() }),
});

export const manifestReceived = defineEventType({
  type: 'cn.greenbuild.waste.manifest.received.v1',
  dataset: 'waste',
  title: { zh: '电子联单已签收', en: 'Manifest received' },
  schema: manifest.extend({ weighbridgeTonnes: z.number(), receivedAt: z.string() }),
});

export const manifestDisputed = defineEventType({
  type: 'cn.greenbuild.waste.manifest.disputed.v1',
  dataset: 'waste',
  title: { zh: '电子联单有争议', en: 'Manifest disputed' },
  schema: manifest.extend({ reason: z.string() }),
});

export const wasteRecordAdded = defineEventType({
  type: 'cn.greenbuild.waste.record.added.v1',
  dataset: 'waste',
  title: { zh: '建筑垃圾台账已新增', en: 'Waste record added' },
  schema: z.object({
    projectId: z.uuid(),
    recordId: z.uuid(),
    kind: z.string(),
    recordDate: z.string(),
    category: z.string(),
    tonnes: z.number(),
  }),
});

export const wasteEventTypes = [manifestIssued, manifestDispatched, manifestReceived, manifestDisputed, wasteRecordAdded];
