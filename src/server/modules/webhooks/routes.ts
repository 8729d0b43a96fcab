import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import './messages.js';
import type { AppContext } from '../../platform/context.js';
import { AppError, invalidField, type ErrorDetail } from '../../platform/errors.js';
import { requirePrincipal, type Principal } from '../../platform/auth/principal.js';
import { actorOf } from '../../platform/audit.js';
import { pageOf } from '../../platform/pagination.js';
import { checkOutboundUrl } from '../../platform/outboundHttp.js';
import type { DbOrTx } from '../../db/database.js';
import { getOrganisation, regionExists } from '../accounts/index.js';
import { visibleProjectIds } from '../projects/index.js';
import { eventVisibilityCondition, knownEventTypes } from './catalogue.js';
import { WebhookDispatcher } from './dispatch.js';
import { FANOUT_CONSUMER, fanOutHandler } from './fanout.js';
import {
  attemptOut,
  deliveryOut,
  deliveryParams,
  deliveryQuery,
  endpointCreated,
  endpointInput,
  endpointOut,
  endpointPatch,
  idParams,
  recoverInput,
  rotated,
  rotateInput,
} from './schemas.js';
import * as store from './store.js';
import type { EndpointRow } from './store.js';

const dispatchers = new WeakMap<AppContext, WebhookDispatcher>();
/** This app's webhook sender (tests drain it; the benchmark reads its counters). */
export const webhookDispatcherOf = (ctx: AppContext) => dispatchers.get(ctx);

/**
 * Who manages webhook endpoints: enterprises for their organisation, regulators for their region, administrators; and
 * a partner application of an organisation with the `webhooks:manage` scope (acting as its organisation).
 */
const MANAGERS = { roles: ['admin', 'regulator', 'enterprise'], partner: 'webhooks:manage' } as const;
const TAGS = ['webhooks'];

/** 推送地址: signed webhooks on the Standard Webhooks spec, fed by the event log. */
export const webhooksModule: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  const { db, config } = ctx;

  ctx.events.consume(FANOUT_CONSUMER, fanOutHandler(eventVisibilityCondition));
  const dispatcher = new WebhookDispatcher(ctx.database, app.log, config.webhooks);
  await dispatcher.start();
  ctx.onShutdown(() => dispatcher.stop());
  dispatchers.set(ctx, dispatcher);

  /** Field-path checks zod cannot do: the URL under the outbound rules, the catalogue, projects and regions in scope. */
  async function checkSubscription(
    tx: DbOrTx,
    p: Principal,
    body: { url?: string; eventTypes?: string[]; projectIds?: string[] | null; regionCodes?: string[] | null },
    allowPrivate: boolean,
  ) {
    const details: ErrorDetail[] = [];
    if (body.url !== undefined) {
      const checked = checkOutboundUrl(body.url, { allowPrivate });
      if (!checked.ok) details.push({ path: 'url', code: checked.code });
    }
    if (body.eventTypes) {
      const known = knownEventTypes();
      body.eventTypes.forEach((t, i) => {
        if (!known.has(t)) details.push({ path: `eventTypes.${i}`, code: 'webhook_event_type_unknown', params: { type: t } });
      });
    }
    if (body.projectIds?.length) {
      const visible = new Set(await visibleProjectIds(tx, p));
      body.projectIds.forEach((id, i) => {
        if (!visible.has(id)) details.push({ path: `projectIds.${i}`, code: 'webhook_project_unknown' });
      });
    }
    if (body.regionCodes?.length) {
      for (const [i, code] of body.regionCodes.entries()) {
        if (!(await regionExists(tx, code))) details.push({ path: `regionCodes.${i}`, code: 'region_unknown' });
        else if (p.role === 'regulator' && p.regionCode && code !== p.regionCode)
          details.push({ path: `regionCodes.${i}`, code: 'webhook_region_outside' });
      }
    }
    if (details.length) throw new AppError(400, 'validation_failed', {}, details);
  }

  const endpoint = (p: Principal, id: string): Promise<EndpointRow> => store.endpointFor(db, p, id);

  app.get(
    '/api/webhooks/endpoints',
    {
      config: { access: MANAGERS },
      schema: {
        operationId: 'listWebhookEndpoints',
        tags: TAGS,
        summary: '推送地址 Webhook endpoints',
        querystring: z.object({
          page: z.coerce.number().int().min(1).default(1),
          pageSize: z.coerce.number().int().min(1).max(200).default(20),
        }),
        response: { 200: pageOf(endpointOut) },
      },
    },
    async (req) => store.listEndpoints(db, requirePrincipal(req), req.query),
  );

  app.post(
    '/api/webhooks/endpoints',
    {
      config: { access: MANAGERS },
      schema: {
        operationId: 'createWebhookEndpoint',
        tags: TAGS,
        summary: '创建推送地址 Create a webhook endpoint (secret shown once)',
        body: endpointInput,
        response: { 201: endpointCreated },
      },
    },
    async (req, reply) => {
      const p = requirePrincipal(req);
      const body = req.body;
      if (body.allowPrivate && p.role !== 'admin') throw invalidField('allowPrivate', 'webhook_private_admin_only');
      if (body.organisationId && p.role !== 'admin') throw invalidField('organisationId', 'webhook_private_admin_only');
      let owner: { role: 'admin' | 'regulator' | 'enterprise'; organisationId: string | null; regionCode: string | null };
      if (p.role === 'enterprise') {
        if (!p.organisationId) throw new AppError(403, 'forbidden');
        owner = { role: 'enterprise', organisationId: p.organisationId, regionCode: p.regionCode };
      } else if (p.role === 'regulator') owner = { role: 'regulator', organisationId: null, regionCode: p.regionCode };
      else if (body.organisationId) {
        const org = await getOrganisation(db, body.organisationId);
        if (!org) throw invalidField('organisationId', 'webhook_organisation_unknown');
        owner = { role: 'enterprise', organisationId: org.id, regionCode: org.regionCode };
      } else owner = { role: 'admin', organisationId: null, regionCode: null };
      const created = await db.transaction(async (tx) => {
        await checkSubscription(tx, p, body, body.allowPrivate ?? false);
        // An application is not a user: its endpoints have no creating user (the audit log names the application).
        return store.createEndpoint(tx, actorOf(req), { ...owner, userId: p.via === 'application' ? null : p.userId }, body);
      });
      return reply.status(201).send(created);
    },
  );

  app.get(
    '/api/webhooks/endpoints/:id',
    {
      config: { access: MANAGERS },
      schema: {
        operationId: 'getWebhookEndpoint',
        tags: TAGS,
        summary: '推送地址 Webhook endpoint',
        params: idParams,
        response: { 200: endpointOut },
      },
    },
    async (req) => store.endpointView(await endpoint(requirePrincipal(req), req.params.id)),
  );

  app.patch(
    '/api/webhooks/endpoints/:id',
    {
      config: { access: MANAGERS },
      schema: {
        operationId: 'updateWebhookEndpoint',
        tags: TAGS,
        summary: '修改、停用或启用推送地址 Change, disable or enable a webhook endpoint',
        params: idParams,
        body: endpointPatch,
        response: { 200: endpointOut },
      },
    },
    async (req) => {
      const p = requirePrincipal(req);
      const before = await endpoint(p, req.params.id);
      if (req.body.allowPrivate !== undefined && req.body.allowPrivate !== before.allowPrivate && p.role !== 'admin')
        throw invalidField('allowPrivate', 'webhook_private_admin_only');
      const allowPrivate = req.body.allowPrivate ?? before.allowPrivate;
      return db.transaction(async (tx) => {
        // A URL kept from before is checked again when the allowance is withdrawn.
        await checkSubscription(
          tx,
          p,
          { ...req.body, url: req.body.url ?? (req.body.allowPrivate === false ? before.url : undefined) },
          allowPrivate,
        );
        return store.updateEndpoint(tx, actorOf(req), before, req.body);
      });
    },
  );

  app.delete(
    '/api/webhooks/endpoints/:id',
    {
      config: { access: MANAGERS },
      schema: {
        operationId: 'deleteWebhookEndpoint',
        tags: TAGS,
        summary: '删除推送地址 Delete a webhook endpoint',
        params: idParams,
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      const before = await endpoint(requirePrincipal(req), req.params.id);
      await db.transaction((tx) => store.deleteEndpoint(tx, actorOf(req), before));
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/webhooks/endpoints/:id/rotate-secret',
    {
      config: { access: MANAGERS },
      schema: {
        operationId: 'rotateWebhookSecret',
        tags: TAGS,
        summary: '更换签名密钥 Rotate the signing secret (old one keeps signing during the overlap)',
        params: idParams,
        body: rotateInput,
        response: { 200: rotated },
      },
    },
    async (req) => {
      const before = await endpoint(requirePrincipal(req), req.params.id);
      return db.transaction((tx) => store.rotateSecret(tx, actorOf(req), before, req.body.overlapHours));
    },
  );

  app.post(
    '/api/webhooks/endpoints/:id/test',
    {
      config: { access: MANAGERS },
      schema: {
        operationId: 'testWebhookEndpoint',
        tags: TAGS,
        summary: '发送测试消息 Send a cn.greenbuild.webhook.test.v1 ping',
        params: idParams,
        response: { 202: z.object({ deliveryId: z.string() }) },
      },
    },
    async (req, reply) => {
      const ep = await endpoint(requirePrincipal(req), req.params.id);
      if (ep.status !== 'active') throw new AppError(409, 'webhook_endpoint_disabled');
      const deliveryId = await db.transaction((tx) => store.queueTestPing(tx, actorOf(req), ep));
      return reply.status(202).send({ deliveryId });
    },
  );

  app.get(
    '/api/webhooks/endpoints/:id/deliveries',
    {
      config: { access: MANAGERS },
      schema: {
        operationId: 'listWebhookDeliveries',
        tags: TAGS,
        summary: '推送记录 Delivery log of an endpoint',
        params: idParams,
        querystring: deliveryQuery,
        response: { 200: pageOf(deliveryOut) },
      },
    },
    async (req) => {
      const ep = await endpoint(requirePrincipal(req), req.params.id);
      return store.listDeliveries(db, ep.id, req.query);
    },
  );

  app.get(
    '/api/webhooks/endpoints/:id/deliveries/:deliveryId/attempts',
    {
      config: { access: MANAGERS },
      schema: {
        operationId: 'listWebhookAttempts',
        tags: TAGS,
        summary: '推送尝试 Attempts of one delivery (status, latency, response excerpt)',
        params: deliveryParams,
        response: { 200: z.object({ items: z.array(attemptOut) }) },
      },
    },
    async (req) => {
      const ep = await endpoint(requirePrincipal(req), req.params.id);
      return { items: await store.listAttempts(db, ep.id, req.params.deliveryId) };
    },
  );

  app.post(
    '/api/webhooks/endpoints/:id/deliveries/:deliveryId/resend',
    {
      config: { access: MANAGERS },
      schema: {
        operationId: 'resendWebhookDelivery',
        tags: TAGS,
        summary: '重新推送 Resend one delivery',
        params: deliveryParams,
        response: { 202: z.object({ deliveryId: z.string() }) },
      },
    },
    async (req, reply) => {
      const ep = await endpoint(requirePrincipal(req), req.params.id);
      if (ep.status !== 'active') throw new AppError(409, 'webhook_endpoint_disabled');
      await db.transaction((tx) => store.resendDelivery(tx, actorOf(req), ep, req.params.deliveryId));
      return reply.status(202).send({ deliveryId: req.params.deliveryId });
    },
  );

  app.post(
    '/api/webhooks/endpoints/:id/recover',
    {
      config: { access: MANAGERS },
      schema: {
        operationId: 'recoverWebhookDeliveries',
        tags: TAGS,
        summary: '补发 Recover: send again every failed delivery since a time',
        params: idParams,
        body: recoverInput,
        response: { 202: z.object({ deliveries: z.number().int() }) },
      },
    },
    async (req, reply) => {
      const ep = await endpoint(requirePrincipal(req), req.params.id);
      if (ep.status !== 'active') throw new AppError(409, 'webhook_endpoint_disabled');
      const since = new Date(req.body.since);
      if (since.getTime() > Date.now()) throw invalidField('since', 'webhook_since_future');
      const deliveries = await db.transaction((tx) => store.recoverSince(tx, actorOf(req), ep, since));
      return reply.status(202).send({ deliveries });
    },
  );
};
