import fs from 'node:fs';
import path from 'node:path';
import type { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fastifyStatic from '@fastify/static';
import { serializerCompiler } from 'fastify-type-provider-zod';
import type { Config } from './config.js';
import type { Database } from './db/database.js';
import { errorForLog, installErrorHandling, sendRouteNotFound, zodValidatorCompiler } from './platform/errors.js';
import { installRequestTextCheck } from './platform/requestText.js';
import { installAccessControl, partnerScopeDescriptions } from './platform/auth/principal.js';
import { installRateLimits, installSecurityHeaders } from './platform/securityHeaders.js';
import { installIdempotency } from './platform/idempotency.js';
import { PrincipalCache } from './platform/auth/principalCache.js';
import { Metrics } from './platform/metrics.js';
import { Scheduler } from './platform/scheduler.js';
import { EventRelay, eventRetentionJob } from './platform/events.js';
import { IndicatorRegistry } from './platform/indicators.js';
import { configureSpreadsheetImports } from './platform/spreadsheetImport.js';
import { documentApi, documentRoute } from './platform/openapi.js';
import type { AppContext } from './platform/context.js';
import { capabilityModules } from './modules/index.js';
import { applicationTokens, tokenIssuer } from './modules/partners/index.js';
import { ObjectKeyspaces, openObjectStore, type ObjectStore } from './platform/storage.js';
import { installObjectSweep } from './platform/objectSweep.js';

export const webDistDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/web');

/**
 * Content-hashed build assets never change under their name, so browsers keep them for a year without asking;
 * everything else (index.html names the current hashes) is revalidated on each load.
 */
export function webCacheControl(file: string): string {
  return /[\\/]assets[\\/]/.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

export type BuiltApp = { app: FastifyInstance; ctx: AppContext; shutdownHooks: Array<() => Promise<void> | void> };

/** Assembles the HTTP application: platform concerns first, then every capability module, then the web app. */
export async function buildApp(
  config: Config,
  database: Database,
  opts: { logger?: boolean; logStream?: Writable; objects?: ObjectStore } = {},
): Promise<BuiltApp> {
  const app = Fastify({
    // Errors are logged without the parameter values of a failed statement (errorForLog).
    logger:
      opts.logger === false
        ? false
        : { level: config.logLevel, serializers: { err: errorForLog }, ...(opts.logStream ? { stream: opts.logStream } : {}) },
    bodyLimit: config.bodyLimitBytes,
    // Forwarded headers only from the configured proxies: trusting them from anyone let each request choose its own
    // client address (unlimited login attempts, forged audit addresses).
    trustProxy: config.trustProxy.length ? config.trustProxy : false,
    // Let in-flight requests finish on close, but do not wait for idle keep-alive sockets.
    forceCloseConnections: 'idle',
    ajv: { customOptions: { coerceTypes: false } },
  });
  const shutdownHooks: Array<() => Promise<void> | void> = [];
  // The parsing slots are the process's (worker threads), shared by every import route.
  configureSpreadsheetImports(config.spreadsheetImport);
  const metrics = new Metrics();
  const scheduler = new Scheduler(database, app.log);
  // The scheduler stops first (reverse order), so no job starts while the database is closing.
  const principals = new PrincipalCache();
  // One relay per instance; modules register their consumers while they are registered, it starts after them.
  const events = new EventRelay(database, app.log);
  scheduler.add(eventRetentionJob(config.eventRetentionDays));
  const objects = opts.objects ?? openObjectStore(config.dataDir, config.storage);
  const objectKeyspaces = new ObjectKeyspaces();
  const ctx: AppContext = {
    config,
    database,
    db: database.db,
    metrics,
    scheduler,
    indicators: new IndicatorRegistry(),
    principals,
    events,
    objects,
    objectKeyspaces,
    onShutdown: (fn) => shutdownHooks.push(fn),
  };
  // Another instance (or a seeder, or SQL by hand) changed a user, session or token: forget what we cached for that user.
  const unlistenPrincipals = await database.listen('principal_changed', (userId) => principals.dropUser(userId));
  shutdownHooks.push(unlistenPrincipals);

  app.setValidatorCompiler(zodValidatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandling(app);
  installRequestTextCheck(app);
  metrics.install(app);
  await app.register(cookie);
  await installSecurityHeaders(app);
  await installRateLimits(app, config);
  installAccessControl(app, database.db, {
    publicOrigin: config.publicOrigin,
    sessionIdleHours: config.sessionIdleHours,
    tokenMaxDays: config.tokenMaxDays,
    cache: principals,
    applications: applicationTokens(database.db, principals, tokenIssuer(config)),
  });
  installIdempotency(app, database.db, scheduler);

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'GreenBuild 绿色建造试点管理平台 API',
        version: config.version,
        description:
          'Errors are {"error":{"code","message","details"}}; lists are {"items":[…],"total":n}. Messages follow Accept-Language (zh-CN default, en).',
      },
      // Paths carry their /api prefix, so a server is an origin only; without PUBLIC_ORIGIN, "/" is the server that serves this document.
      servers: [
        config.publicOrigin
          ? { url: config.publicOrigin, description: 'This deployment' }
          : { url: '/', description: 'The server that serves this document' },
      ],
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'gb_session' },
          token: { type: 'http', scheme: 'bearer' },
          oauth2: {
            type: 'oauth2',
            description:
              'Partner applications: OAuth 2.0 client credentials (client_secret_basic or private_key_jwt) at /api/oauth/token; tokens are ES256 JWTs verifiable with /.well-known/jwks.json',
            flows: {
              clientCredentials: { tokenUrl: `${config.publicOrigin ?? ''}/api/oauth/token`, scopes: { ...partnerScopeDescriptions } },
            },
          },
        },
      },
      security: [{ session: [] }, { token: [] }],
    },
    transform: documentRoute,
    transformObject: documentApi,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () => app.swagger());

  for (const mod of capabilityModules) await app.register(mod, ctx);
  installObjectSweep(ctx);
  shutdownHooks.push(() => scheduler.stop());
  await events.start();
  // Stops before the scheduler and the database (hooks run in reverse), finishing the batch in hand.
  shutdownHooks.push(() => events.stop());

  const hasWeb = fs.existsSync(path.join(webDistDir, 'index.html'));
  if (hasWeb)
    await app.register(fastifyStatic, {
      root: webDistDir,
      wildcard: false,
      // The build writes .br and .gz beside each asset (vite.config.ts); a phone on a slow link gets the small one.
      preCompressed: true,
      cacheControl: false,
      setHeaders: (reply, file) => reply.header('cache-control', webCacheControl(file)),
    });
  // Client-side routes: any GET that is not an API call or a file gets the SPA shell.
  app.setNotFoundHandler((req, reply) => {
    if (hasWeb && req.method === 'GET' && !req.url.startsWith('/api') && !path.extname(req.url.split('?')[0]!)) {
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    }
    return sendRouteNotFound(req, reply);
  });
  return { app, ctx, shutdownHooks };
}
