// Every event type, gathered from the modules that emit them (each keeps its own in modules/<m>/events.ts).
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { EventDataset, EventType } from '../../platform/events.js';
import { projectEventTypes } from '../projects/index.js';
import { applicationEventTypes } from '../applications/index.js';
import { planningEventTypes } from '../planning/index.js';
import { wasteEventTypes } from '../waste/index.js';

export const eventTypes: readonly EventType[] = [
  ...projectEventTypes,
  ...applicationEventTypes,
  ...planningEventTypes,
  ...wasteEventTypes,
];

const byName = new Map(eventTypes.map((t) => [t.type, t]));
if (byName.size !== eventTypes.length) throw new Error('an event type is defined twice');

export const eventTypeNamed = (type: string): EventType | undefined => byName.get(type);

export type CatalogueEntry = {
  type: string;
  version: number;
  dataset: EventDataset;
  title: { zh: string; en: string };
  schema: Record<string, unknown>;
};

const entries: CatalogueEntry[] = eventTypes.map((t) => ({
  type: t.type,
  version: t.version,
  dataset: t.dataset,
  title: t.title,
  schema: z.toJSONSchema(t.schema, { target: 'draft-2020-12', io: 'output', unrepresentable: 'any' }) as Record<string, unknown>,
}));

/** The catalogue's version: a digest of every type and schema, so a partner can tell at a glance that it changed. */
const version = createHash('sha256').update(JSON.stringify(entries)).digest('hex').slice(0, 16);

export function eventCatalogue(): { version: string; items: CatalogueEntry[] } {
  return { version, items: entries };
}
