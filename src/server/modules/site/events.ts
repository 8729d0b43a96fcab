// 智慧工地 events (issue 16): device registry and the alarm lifecycle; subject = the resource under its project.
import { z } from 'zod';
import { defineEventType } from '../../platform/events.js';

export const deviceRegistered = defineEventType({
  type: 'cn.greenbuild.site.device.registered.v1',
  dataset: 'site',
  title: { zh: '监测设备已登记', en: 'Device registered' },
  schema: z.object({ projectId: z.uuid(), deviceId: z.uuid(), name: z.string(), kind: z.string(), protocols: z.array(z.string()) }),
});

const alarm = z.object({ projectId: z.uuid(), alarmId: z.uuid(), deviceId: z.uuid(), kind: z.enum(['threshold', 'offline']) });

export const alarmRaised = defineEventType({
  type: 'cn.greenbuild.site.alarm.raised.v1',
  dataset: 'site',
  title: { zh: '工地报警已产生', en: 'Alarm raised' },
  schema: alarm.extend({ metric: z.string().nullable(), limitValue: z.number().nullable(), observedValue: z.number().nullable() }),
});

export const alarmAcknowledged = defineEventType({
  type: 'cn.greenbuild.site.alarm.acknowledged.v1',
  dataset: 'site',
  title: { zh: '工地报警已确认', en: 'Alarm acknowledged' },
  schema: alarm,
});

export const alarmClosed = defineEventType({
  type: 'cn.greenbuild.site.alarm.closed.v1',
  dataset: 'site',
  title: { zh: '工地报警已关闭', en: 'Alarm closed' },
  schema: alarm.extend({ closedBySystem: z.boolean(), note: z.string().nullable() }),
});

export const siteEventTypes = [deviceRegistered, alarmRaised, alarmAcknowledged, alarmClosed];
