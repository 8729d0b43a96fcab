import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import './messages.js';
import type { AppContext } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { requirePrincipal } from '../../platform/auth/principal.js';
import { EventCursorExpiredError, EventCursorInvalidError, eventDatasets, readEvents } from '../../platform/events.js';
import { eventCatalogue, eventTypeNamed } from './catalogue.js';
import { eventVisibilityCondition } from './visibility.js';

const catalogueEntry = z
  .object({
    type: z.string().meta({ description: 'e.g. cn.greenbuild.waste.manifest.received.v1; the trailing .vN is the version of data' }),
    version: z.number().int(),
    dataset: z.enum(eventDatasets),
    title: z.object({ zh: z.string(), en: z.string() }),
    schema: z.record(z.string(), z.unknown()).meta({ description: 'JSON Schema (draft 2020-12) of the event’s data' }),
  })
  .meta({ id: 'EventTypeEntry' });

const cloudEvent = z
  .object({
    specversion: z.literal('1.0'),
    id: z.string().meta({ description: 'UUID; never changes, so receivers deduplicate by it' }),
    source: z.string(),
    type: z.string(),
    subject: z.string().meta({ description: 'The resource path, e.g. /projects/<id>/manifests/<id>' }),
    time: z.string(),
    datacontenttype: z.literal('application/json'),
    data: z.unknown(),
    cursor: z.string().meta({ description: 'This event’s position; pass it as after to continue from here' }),
    projectId: z.string().nullable(),
    dataset: z.enum(eventDatasets).nullable(),
  })
  .meta({ id: 'CloudEvent' });

const feedQuery = z.object({
  after: z
    .string()
    .max(100)
    .optional()
    .meta({ description: 'The next cursor of the previous page; omit to start at the oldest kept event' }),
  types: z.string().max(4000).optional().meta({ description: 'Comma-separated event types (default: all)' }),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});

/** The event log's catalogue and change feed. */
export const eventsModule: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  app.get(
    '/api/events/types',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'listEventTypes',
        tags: ['events'],
        summary: '事件目录 Event catalogue (every type with the JSON Schema of its data)',
        response: { 200: z.object({ version: z.string(), items: z.array(catalogueEntry) }) },
      },
    },
    async () => eventCatalogue(),
  );

  app.get(
    '/api/v1/events',
    {
      config: { access: { roles: 'any', partner: 'events:read' } },
      schema: {
        operationId: 'readEventFeed',
        tags: ['events'],
        summary: '变更事件流 Change feed: the events you may see, in commit order (Link: rel="next")',
        querystring: feedQuery,
        response: { 200: z.object({ items: z.array(cloudEvent), next: z.string() }) },
      },
    },
    async (req, reply) => {
      const p = requirePrincipal(req);
      const types = req.query.types
        ?.split(',')
        .map((t) => t.trim())
        .filter(Boolean);
      for (const t of types ?? []) {
        if (!eventTypeNamed(t))
          throw new AppError(400, 'validation_failed', {}, [{ path: 'types', code: 'event_type_unknown', params: { type: t } }]);
      }
      let page;
      try {
        page = await readEvents(ctx.db, { after: req.query.after, limit: req.query.limit, types, where: eventVisibilityCondition(p) });
      } catch (err) {
        if (err instanceof EventCursorInvalidError)
          throw new AppError(400, 'validation_failed', {}, [{ path: 'after', code: 'event_cursor_invalid', params: {} }]);
        if (err instanceof EventCursorExpiredError) throw new AppError(410, 'cursor_expired', { days: ctx.config.eventRetentionDays });
        throw err;
      }
      const q = new URLSearchParams({ after: page.next, limit: String(req.query.limit) });
      if (req.query.types) q.set('types', req.query.types);
      reply.header('link', `</api/v1/events?${q.toString()}>; rel="next"`);
      return {
        items: page.events.map(({ organisationId: _o, regionCode: _r, ...e }) => e),
        next: page.next,
      };
    },
  );
};
