import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import './messages.js';
import type { AppContext } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { requirePrincipal, type Principal } from '../../platform/auth/principal.js';
import { actorOf } from '../../platform/audit.js';
import * as store from './applications.js';
import { publishedKeys } from './keys.js';
import { issueToken, OAuthError, removeSpentPartnerRows, tokenIssuer } from './oauth.js';
import { applicationInput, applicationPatch, applicationSchema, oauthError, tokenAnswer, tokenForm } from './schemas.js';

const idParams = z.object({ id: z.string().uuid() });
/** Organisations' people manage their own organisation's applications; administrators every one. */
const MANAGERS = { roles: ['admin', 'enterprise', 'facility', 'regulator'] } as const;
const FORM = 'application/x-www-form-urlencoded';
const created = z.object({ id: z.string().uuid(), clientId: z.string(), clientSecret: z.string(), secretId: z.string().uuid() });

/** A secret is handed out to a person at a screen: never to another token (a leaked token must not mint successors). */
function managingPerson(req: FastifyRequest): Principal {
  const p = requirePrincipal(req);
  if (p.via !== 'session') throw new AppError(403, 'application_needs_session');
  return p;
}

/** 开放平台: partner applications with OAuth 2.0 client credentials, the token endpoint and the published key set. */
export const partnersModule: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  const { db } = ctx;
  ctx.scheduler.add({ name: 'partners.spent-rows', everyMs: 60_000, run: (database) => removeSpentPartnerRows(database.db) });
  // A revoked application or secret ends its cached tokens on this instance before the reply leaves (others hear NOTIFY).
  app.addHook('onSend', async (req, reply) => {
    if (req.method !== 'GET' && reply.statusCode < 400 && req.routeOptions.url?.startsWith('/api/partner-applications'))
      ctx.principals.clear();
  });

  // RFC 6749 §3.2: a parameter given twice is an invalid request, so the parser keeps note instead of picking one.
  app.addContentTypeParser(FORM, { parseAs: 'string', bodyLimit: 16 * 1024 }, (req, body, done) => {
    const form: Record<string, string> = {};
    for (const [k, v] of new URLSearchParams(String(body))) {
      if (k in form) (req as FastifyRequest & { repeatedParameter?: string }).repeatedParameter = k;
      form[k] = v;
    }
    done(null, form);
  });

  app.post(
    '/api/oauth/token',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'issueOAuthToken',
        tags: ['partners'],
        summary:
          '获取访问令牌 OAuth 2.0 token endpoint (client_credentials; client_secret_basic or private_key_jwt; answers RFC 6749 §5.2 errors)',
        requestContent: { [FORM]: tokenForm },
        consumes: [FORM],
        response: {
          200: tokenAnswer,
          400: oauthError.describe('invalid_request, unsupported_grant_type or invalid_scope'),
          401: oauthError.describe('invalid_client (with WWW-Authenticate)'),
        },
      },
    },
    async (req, reply) => {
      reply.header('cache-control', 'no-store').header('pragma', 'no-cache');
      try {
        const repeated = (req as FastifyRequest & { repeatedParameter?: string }).repeatedParameter;
        if (!req.headers['content-type']?.startsWith(FORM)) throw new OAuthError(400, 'invalid_request', `The body must be ${FORM}`);
        if (repeated) throw new OAuthError(400, 'invalid_request', `Parameter ${repeated} given more than once`);
        const origin = ctx.config.publicOrigin ?? `${req.protocol}://${req.host}`;
        return await issueToken(db, {
          authorization: req.headers.authorization,
          form: (req.body ?? {}) as Record<string, string>,
          tokenEndpoint: `${origin}/api/oauth/token`,
          issuer: tokenIssuer(ctx.config),
        });
      } catch (e) {
        if (!(e instanceof OAuthError)) throw e;
        if (e.status === 401) {
          const basic = req.headers.authorization?.toLowerCase().startsWith('basic ');
          reply.header('www-authenticate', basic || !req.body ? 'Basic realm="greenbuild", charset="UTF-8"' : 'Bearer realm="greenbuild"');
        }
        return reply.code(e.status).send({ error: e.error, error_description: e.description } as never);
      }
    },
  );

  app.get(
    '/.well-known/jwks.json',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'getJwks',
        tags: ['partners'],
        summary: '令牌公钥 The public keys that verify access tokens (RFC 7517 JWKS; a rotated key stays published for a day)',
        response: { 200: z.object({ keys: z.array(z.record(z.string(), z.unknown())) }) },
      },
    },
    async (_req, reply) => {
      reply.header('cache-control', 'public, max-age=300');
      return { keys: await publishedKeys(db) };
    },
  );

  app.get(
    '/api/partner-applications',
    {
      config: { access: MANAGERS },
      schema: {
        operationId: 'listPartnerApplications',
        tags: ['partners'],
        summary: '开放平台应用 Partner applications of the caller’s organisation (administrators: all)',
        response: { 200: z.object({ items: z.array(applicationSchema), total: z.number().int() }) },
      },
    },
    async (req) => {
      const items = await store.listApplications(db, requirePrincipal(req));
      return { items, total: items.length };
    },
  );

  app.post(
    '/api/partner-applications',
    {
      config: { access: MANAGERS },
      schema: {
        operationId: 'createPartnerApplication',
        tags: ['partners'],
        summary: '注册应用 Register a partner application: answers its client_id and a client secret (shown once)',
        body: applicationInput,
        response: { 201: created },
      },
    },
    async (req, reply) => {
      const p = managingPerson(req);
      return reply.status(201).send(await db.transaction((tx) => store.createApplication(tx, actorOf(req), p, req.body)));
    },
  );

  app.get(
    '/api/partner-applications/:id',
    {
      config: { access: MANAGERS },
      schema: {
        operationId: 'getPartnerApplication',
        tags: ['partners'],
        summary: '应用详情 A partner application with its secrets (prefixes only)',
        params: idParams,
        response: { 200: applicationSchema },
      },
    },
    async (req) => store.getApplication(db, requirePrincipal(req), req.params.id),
  );

  app.patch(
    '/api/partner-applications/:id',
    {
      config: { access: MANAGERS },
      schema: {
        operationId: 'updatePartnerApplication',
        tags: ['partners'],
        summary: '修改应用 Rename, change scopes or the public key set (JWKS) of an application',
        params: idParams,
        body: applicationPatch,
        response: { 200: applicationSchema },
      },
    },
    async (req) => {
      const p = managingPerson(req);
      return db.transaction((tx) => store.updateApplication(tx, actorOf(req), p, req.params.id, req.body));
    },
  );

  app.delete(
    '/api/partner-applications/:id',
    {
      config: { access: MANAGERS },
      schema: {
        operationId: 'revokePartnerApplication',
        tags: ['partners'],
        summary: '吊销应用 Revoke an application: its secrets and every token it holds stop working at once',
        params: idParams,
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      const p = managingPerson(req);
      await db.transaction((tx) => store.revokeApplication(tx, actorOf(req), p, req.params.id));
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/partner-applications/:id/secrets',
    {
      config: { access: MANAGERS },
      schema: {
        operationId: 'createPartnerApplicationSecret',
        tags: ['partners'],
        summary: '新增密钥 Add a client secret (shown once), e.g. to rotate: add, switch the client, revoke the old one',
        params: idParams,
        response: { 201: z.object({ id: z.string().uuid(), clientSecret: z.string() }) },
      },
    },
    async (req, reply) => {
      const p = managingPerson(req);
      return reply.status(201).send(await db.transaction((tx) => store.createSecret(tx, actorOf(req), p, req.params.id)));
    },
  );

  app.delete(
    '/api/partner-applications/:id/secrets/:secretId',
    {
      config: { access: MANAGERS },
      schema: {
        operationId: 'revokePartnerApplicationSecret',
        tags: ['partners'],
        summary: '吊销密钥 Revoke one client secret: tokens obtained with it stop working at once',
        params: z.object({ id: z.string().uuid(), secretId: z.string().uuid() }),
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      const p = managingPerson(req);
      await db.transaction((tx) => store.revokeSecret(tx, actorOf(req), p, req.params.id, req.params.secretId));
      return reply.status(204).send(null);
    },
  );
};
