import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import './messages.js';
import type { AppContext } from '../../platform/context.js';
import { AppError, invalidField, notFound } from '../../platform/errors.js';
import { requirePrincipal, SESSION_COOKIE, visibleRegions } from '../../platform/auth/principal.js';
import { decoyPasswordHash, generatePassword, verifyPassword } from '../../platform/auth/secrets.js';
import {
  clearLoginFailures,
  KNOWN_DEVICE_COOKIE,
  knownDeviceOf,
  LOGIN_LIMITS,
  loginWait,
  recordLoginFailure,
  rememberDevice,
  type LoginClient,
} from '../../platform/auth/throttle.js';
import { actorOf, recordAudit } from '../../platform/audit.js';
import { pageOf, pageQuery } from '../../platform/pagination.js';
import * as store from './store.js';
import {
  meSchema,
  organisationInput,
  organisationPatch,
  organisationSchema,
  passwordSchema,
  regionSchema,
  roleSchema,
  tokenInput,
  tokenSchema,
  userInput,
  userPatch,
  userSchema,
} from './schemas.js';
import { organisationKinds } from './tables.js';

const idParams = z.object({ id: z.string().uuid() });
const ADMIN = { roles: ['admin'] } as const;
const STAFF = { roles: ['admin', 'regulator'] } as const;

/** Accounts: sign-in, sessions, organisations, users and API tokens. */
export const accountsModule: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  const { db } = ctx;
  // A sign-out, a revoked token or an edited user takes effect on this instance before the reply leaves; other
  // instances hear it through NOTIFY principal_changed (migration 0004).
  app.addHook('onSend', async (req, reply) => {
    if (req.method !== 'GET' && req.method !== 'HEAD' && reply.statusCode < 400) ctx.principals.clear();
  });

  async function me(userId: string) {
    const u = await store.getUser(db, userId);
    if (!u) throw new AppError(401, 'unauthenticated');
    const regions = await store.listRegions(db);
    const region = regions.find((r) => r.code === u.regionCode);
    const p = await store.findUserByUsername(db, u.username);
    return {
      id: u.id,
      username: u.username,
      displayName: u.displayName,
      role: u.role,
      organisationId: u.organisationId,
      organisationName: u.organisationName,
      regionCode: u.regionCode,
      regionName: region?.nameZh ?? null,
      mustChangePassword: p?.mustChangePassword ?? false,
    };
  }

  app.post(
    '/api/auth/login',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'login',
        errors: [401],
        tags: ['auth'],
        summary: '登录 Sign in',
        body: z.object({ username: z.string().trim().min(1).max(64), password: z.string().min(1).max(200) }),
        response: { 200: meSchema },
      },
    },
    async (req, reply) => {
      const { username, password } = req.body;
      const user = await store.findUserByUsername(db, username);
      // The client is this browser when it signed in as this user before, else its address (see throttle.ts).
      const client: LoginClient = {
        address: req.ip,
        knownDeviceHash: await knownDeviceOf(db, req.cookies?.[KNOWN_DEVICE_COOKIE], user?.id),
      };
      const wait = await loginWait(db, username, client);
      if (wait) {
        reply.header('retry-after', String(wait.seconds));
        throw new AppError(429, wait.reason === 'client_locked' ? 'too_many_attempts' : 'login_slowed', { seconds: wait.seconds });
      }
      const ok = user?.active
        ? await verifyPassword(user.passwordHash, password)
        : (await verifyPassword(await decoyPasswordHash(), password), false);
      if (!ok || !user) {
        await recordLoginFailure(db, username, client);
        await recordAudit(
          db,
          { id: null, name: username.slice(0, 64), role: null, ip: req.ip },
          { action: 'auth.login_failed', entityType: 'session' },
        );
        throw new AppError(401, 'invalid_credentials');
      }
      await clearLoginFailures(db, username, client);
      const device = await rememberDevice(db, user.id, client.knownDeviceHash);
      if (device) {
        reply.setCookie(KNOWN_DEVICE_COOKIE, device, {
          httpOnly: true,
          sameSite: 'lax',
          path: '/api/auth/login',
          secure: req.protocol === 'https',
          maxAge: LOGIN_LIMITS.knownDeviceDays * 86400,
        });
      }
      const secret = await store.openSession(db, user.id, ctx.config.sessionIdleHours, {
        ip: req.ip,
        userAgent: req.headers['user-agent'],
      });
      await recordAudit(
        db,
        { id: user.id, name: user.username, role: user.role, ip: req.ip },
        { action: 'auth.login', entityType: 'session', regionCode: user.regionCode },
      );
      reply.setCookie(SESSION_COOKIE, secret, {
        httpOnly: true,
        sameSite: 'lax',
        path: '/',
        secure: req.protocol === 'https',
        maxAge: 7 * 86400,
      });
      return me(user.id);
    },
  );

  app.post(
    '/api/auth/logout',
    {
      config: { access: { roles: 'any' }, beforePasswordChange: true },
      schema: { operationId: 'logout', tags: ['auth'], summary: '退出登录 Sign out', response: { 204: z.null() } },
    },
    async (req, reply) => {
      const p = requirePrincipal(req);
      if (p.sessionIdHash) await store.revokeSession(db, p.sessionIdHash);
      await recordAudit(db, actorOf(req), { action: 'auth.logout', entityType: 'session', regionCode: p.regionCode });
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/auth/me',
    {
      config: { access: { roles: 'any' }, beforePasswordChange: true },
      schema: { operationId: 'getCurrentUser', tags: ['auth'], summary: '当前用户 Current user', response: { 200: meSchema } },
    },
    async (req) => me(requirePrincipal(req).userId),
  );

  app.post(
    '/api/auth/password',
    {
      config: { access: { roles: 'any' }, beforePasswordChange: true },
      schema: {
        operationId: 'changePassword',
        tags: ['auth'],
        summary: '修改密码 Change password',
        body: z.object({ currentPassword: z.string().min(1), newPassword: passwordSchema }),
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      const p = requirePrincipal(req);
      const user = await store.findUserByUsername(db, p.username);
      if (!user || !(await verifyPassword(user.passwordHash, req.body.currentPassword)))
        throw new AppError(400, 'validation_failed', {}, [{ path: 'currentPassword', code: 'wrong_current_password' }]);
      if (req.body.currentPassword === req.body.newPassword)
        throw new AppError(400, 'validation_failed', {}, [{ path: 'newPassword', code: 'same_password' }]);
      await db.transaction(async (tx) => {
        await store.setPassword(tx, actorOf(req), p.userId, req.body.newPassword, false);
        // Other devices must sign in again with the new password, and every API token goes: whoever knew the old
        // password may have minted one.
        await store.revokeUserSessions(tx, p.userId, p.sessionIdHash);
        await store.revokeUserTokens(tx, actorOf(req), p.userId);
      });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/regions',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'listRegions',
        tags: ['accounts'],
        summary: '试点地区 Regions',
        response: { 200: z.object({ items: z.array(regionSchema), total: z.number() }) },
      },
    },
    async () => {
      const items = await store.listRegions(db);
      return { items: items.map(({ createdAt: _c, ...r }) => r), total: items.length };
    },
  );

  // ---------- organisations ----------
  app.get(
    '/api/organisations',
    {
      config: { access: STAFF },
      schema: {
        operationId: 'listOrganisations',
        tags: ['accounts'],
        summary: '单位列表 Organisations',
        querystring: pageQuery.extend({
          q: z.string().max(100).optional(),
          kind: z.enum(organisationKinds).optional(),
          regionCode: z.string().optional(),
        }),
        response: { 200: pageOf(organisationSchema) },
      },
    },
    async (req) => {
      const { page, pageSize, ...f } = req.query;
      // A regulator also sees organisations without a region (e.g. national expert pools) they may need to pick.
      const regions = visibleRegions(req.principal);
      return store.listOrganisations(db, { ...f, regions }, { page, pageSize });
    },
  );

  app.post(
    '/api/organisations',
    {
      config: { access: ADMIN },
      schema: {
        operationId: 'createOrganisation',
        tags: ['accounts'],
        summary: '新建单位 Create organisation',
        body: organisationInput,
        response: { 201: organisationSchema },
      },
    },
    async (req, reply) => reply.status(201).send(await db.transaction((tx) => store.createOrganisation(tx, actorOf(req), req.body))),
  );

  app.patch(
    '/api/organisations/:id',
    {
      config: { access: ADMIN },
      schema: {
        operationId: 'updateOrganisation',
        tags: ['accounts'],
        summary: '修改单位 Update organisation',
        params: idParams,
        body: organisationPatch,
        response: { 200: organisationSchema },
      },
    },
    async (req) => db.transaction((tx) => store.updateOrganisation(tx, actorOf(req), req.params.id, req.body)),
  );

  // ---------- users ----------
  app.get(
    '/api/users',
    {
      config: { access: STAFF },
      schema: {
        operationId: 'listUsers',
        tags: ['accounts'],
        summary: '用户列表 Users',
        querystring: pageQuery.extend({
          q: z.string().max(100).optional(),
          role: roleSchema.optional(),
          regionCode: z.string().optional(),
          organisationId: z.string().uuid().optional(),
        }),
        response: { 200: pageOf(userSchema) },
      },
    },
    async (req) => {
      const { page, pageSize, ...f } = req.query;
      return store.listUsers(db, { ...f, regions: visibleRegions(req.principal) }, { page, pageSize });
    },
  );

  app.get(
    '/api/users/:id',
    {
      config: { access: STAFF },
      schema: { operationId: 'getUser', tags: ['accounts'], summary: '用户详情 User', params: idParams, response: { 200: userSchema } },
    },
    async (req) => {
      const u = await store.getUser(db, req.params.id);
      const regions = visibleRegions(req.principal);
      // Out-of-scope rows answer 404, so a regulator cannot even learn that they exist.
      if (!u || (regions && !regions.includes(u.regionCode ?? ''))) throw notFound();
      return u;
    },
  );

  app.post(
    '/api/users',
    {
      config: { access: ADMIN },
      schema: {
        operationId: 'createUser',
        tags: ['accounts'],
        summary: '新建用户 Create user',
        body: userInput,
        response: { 201: userSchema },
      },
    },
    async (req, reply) => reply.status(201).send(await db.transaction((tx) => store.createUser(tx, actorOf(req), req.body))),
  );

  app.patch(
    '/api/users/:id',
    {
      config: { access: ADMIN },
      schema: {
        operationId: 'updateUser',
        tags: ['accounts'],
        summary: '修改用户 Update user',
        params: idParams,
        body: userPatch,
        response: { 200: userSchema },
      },
    },
    async (req) => {
      if (req.body.active === false && req.params.id === req.principal?.userId)
        throw new AppError(400, 'validation_failed', {}, [{ path: 'active', code: 'cannot_deactivate_self' }]);
      return db.transaction((tx) => store.updateUser(tx, actorOf(req), req.params.id, req.body));
    },
  );

  app.post(
    '/api/users/:id/reset-password',
    {
      config: { access: ADMIN },
      schema: {
        operationId: 'resetUserPassword',
        tags: ['accounts'],
        summary: '重置密码 Reset password',
        params: idParams,
        response: { 200: z.object({ password: z.string() }) },
      },
    },
    async (req) => {
      const password = generatePassword();
      await db.transaction(async (tx) => {
        await store.setPassword(tx, actorOf(req), req.params.id, password, true);
        await store.revokeUserSessions(tx, req.params.id);
        await store.revokeUserTokens(tx, actorOf(req), req.params.id);
      });
      return { password };
    },
  );

  // ---------- API tokens ----------
  app.get(
    '/api/tokens',
    {
      config: { access: { roles: 'any' } },
      schema: {
        operationId: 'listApiTokens',
        tags: ['accounts'],
        summary: 'API 令牌 API tokens',
        querystring: pageQuery,
        response: { 200: pageOf(tokenSchema) },
      },
    },
    async (req) => {
      const p = requirePrincipal(req);
      return store.listTokens(db, p.role === 'admin' ? null : p.userId, req.query);
    },
  );

  app.post(
    '/api/tokens',
    {
      config: { access: { roles: 'any' } },
      schema: {
        operationId: 'createApiToken',
        tags: ['accounts'],
        summary: '创建 API 令牌 Create API token (secret shown once)',
        body: tokenInput,
        response: { 201: z.object({ id: z.string(), secret: z.string(), prefix: z.string(), expiresAt: z.string().nullable() }) },
      },
    },
    async (req, reply) => {
      const p = requirePrincipal(req);
      // Tokens are made by a person in a signed-in session: a leaked token must not be able to outlive its own
      // revocation or expiry by minting successors.
      if (p.via === 'token') throw new AppError(403, 'token_cannot_create_token');
      const maxDays = ctx.config.tokenMaxDays;
      if (req.body.expiresInDays === null || req.body.expiresInDays > maxDays)
        throw invalidField('expiresInDays', 'token_lifetime_too_long', { max: maxDays });
      // Only an administrator can mint tokens that read metrics.
      if (req.body.scopes.includes('metrics') && p.role !== 'admin') throw new AppError(403, 'forbidden');
      return reply.status(201).send(await db.transaction((tx) => store.createToken(tx, actorOf(req), p.userId, req.body)));
    },
  );

  app.delete(
    '/api/tokens/:id',
    {
      config: { access: { roles: 'any' } },
      schema: {
        operationId: 'revokeApiToken',
        tags: ['accounts'],
        summary: '吊销令牌 Revoke token',
        params: idParams,
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      const p = requirePrincipal(req);
      const token = await store.getToken(db, req.params.id);
      if (!token || (p.role !== 'admin' && token.userId !== p.userId)) throw notFound();
      await db.transaction((tx) => store.revokeToken(tx, actorOf(req), req.params.id));
      return reply.status(204).send(null);
    },
  );
};
