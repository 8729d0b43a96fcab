import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { and, eq, gt, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { AppError } from '../errors.js';
import { apiTokens, sessions, users, type Role } from './tables.js';
import { secretDigest } from './secrets.js';
import type { PrincipalCache } from './principalCache.js';

export const SESSION_COOKIE = 'gb_session';

/** Who is calling: a signed-in user (by session cookie) or a machine client acting for a user (by API token). */
export type Principal = {
  userId: string;
  username: string;
  displayName: string;
  role: Role;
  organisationId: string | null;
  regionCode: string | null;
  /** 'application': a partner application's OAuth access token (then userId is the application's id). */
  via: 'session' | 'token' | 'application';
  scopes: string[] | null;
  /** The partner application a 'application' principal is (its client_id), for rate limits and logs. */
  clientId?: string;
  sessionIdHash?: Buffer;
  mustChangePassword: boolean;
};

/**
 * What a partner application's access token may be allowed to do (docs/api-client.md describes each). A route that a
 * partner calls names the one it needs in `config.access.partner`; every other route refuses application tokens.
 */
export const partnerScopes = [
  'projects:read',
  'site:read',
  'readings:write',
  'manifests:read',
  'manifests:write',
  'events:read',
  'webhooks:manage',
] as const;
export type PartnerScope = (typeof partnerScopes)[number];

/**
 * Who may call a route. 'public' needs nobody; otherwise a role list ('any' = every signed-in role).
 * A token caller also needs `scope` (default: 'read' for GET/HEAD, 'write' otherwise); a partner application needs
 * `partner` (no `partner`: applications are refused with 403 insufficient_scope).
 */
export type Access = 'public' | { roles: readonly Role[] | 'any'; scope?: string; partner?: PartnerScope };

/**
 * Partner applications' access tokens (JWTs), resolved by the partners module: the platform only tells them apart from
 * personal tokens and asks. `admit` runs once the route allows the application (its per-application rate limit).
 */
export type ApplicationTokens = {
  resolve(token: string, req: FastifyRequest): Promise<Principal>;
  admit(principal: Principal, req: FastifyRequest, reply: FastifyReply): Promise<void>;
};

/** A JWT (three base64url parts) — personal tokens are `gbt_…` with no dots, so the two never mix. */
const looksLikeJwt = (token: string) => /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/.test(token);

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
    /** One of the few routes a user who must change their password may call (their profile, the change, sign-out). */
    beforePasswordChange?: boolean;
  }
  interface FastifyRequest {
    principal: Principal | null;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The signed-in principal, or a 401: for handlers of routes that are not public. */
export function requirePrincipal(req: FastifyRequest): Principal {
  if (!req.principal) throw new AppError(401, 'unauthenticated');
  return req.principal;
}

/** Regions a principal may see: null means every region (admin, ministry regulators). */
export function visibleRegions(p: Principal | null): string[] | null {
  if (!p) return [];
  if (p.role === 'admin') return null;
  if (p.role === 'regulator') return p.regionCode ? [p.regionCode] : null;
  return p.regionCode ? [p.regionCode] : [];
}

/** A token's lifetime is capped even when it was created with a longer one (or none, before the cap existed). */
const DEFAULT_TOKEN_MAX_DAYS = 365;

async function resolvePrincipal(
  db: Db,
  cache: PrincipalCache,
  req: FastifyRequest,
  idleHours: number,
  tokenMaxDays: number,
  applications: ApplicationTokens | undefined,
): Promise<Principal | null> {
  const auth = req.headers.authorization;
  if (auth?.startsWith('Bearer ')) {
    const bearer = auth.slice(7).trim();
    if (looksLikeJwt(bearer)) {
      if (!applications) throw new AppError(401, 'unauthenticated');
      return applications.resolve(bearer, req);
    }
    const digest = secretDigest(auth.slice(7).trim());
    const key = `t:${digest.toString('hex')}`;
    const hit = cache.get(key);
    if (hit) {
      await touchToken(db, cache, key, hit.tokenId!, hit.lastTouchedAt);
      return hit.principal;
    }
    const rows = await db
      .select({ token: apiTokens, user: users })
      .from(apiTokens)
      .innerJoin(users, eq(users.id, apiTokens.userId))
      .where(
        and(
          eq(apiTokens.secretHash, digest),
          isNull(apiTokens.revokedAt),
          or(isNull(apiTokens.expiresAt), gt(apiTokens.expiresAt, sql`now()`)),
          gt(apiTokens.createdAt, sql`now() - make_interval(days => ${tokenMaxDays})`),
          eq(users.active, true),
        ),
      )
      .limit(1);
    const row = rows[0];
    if (!row) throw new AppError(401, 'unauthenticated');
    const principal = toPrincipal(row.user, 'token', row.token.scopes);
    const lastTouchedAt = row.token.lastUsedAt?.getTime() ?? 0;
    const cappedAt = row.token.createdAt.getTime() + tokenMaxDays * 86400_000;
    cache.set(
      key,
      { principal, userId: row.user.id, tokenId: row.token.id, lastTouchedAt },
      Math.min(row.token.expiresAt?.getTime() ?? Infinity, cappedAt),
    );
    await touchToken(db, cache, key, row.token.id, lastTouchedAt);
    return principal;
  }
  const cookie = req.cookies?.[SESSION_COOKIE];
  if (!cookie) return null;
  const digest = secretDigest(cookie);
  const key = `s:${digest.toString('hex')}`;
  const hit = cache.get(key);
  if (hit) {
    await touchSession(db, cache, key, digest, hit.lastTouchedAt, idleHours);
    return hit.principal;
  }
  const rows = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.idHash, digest), isNull(sessions.revokedAt), gt(sessions.expiresAt, sql`now()`), eq(users.active, true)))
    .limit(1);
  const row = rows[0];
  if (!row) return null;
  const principal: Principal = { ...toPrincipal(row.user, 'session', null), sessionIdHash: digest };
  const lastTouchedAt = row.session.lastSeenAt.getTime();
  cache.set(key, { principal, userId: row.user.id, lastTouchedAt }, row.session.expiresAt.getTime());
  await touchSession(db, cache, key, digest, lastTouchedAt, idleHours);
  return principal;
}

// Touch at most once a minute so reads do not turn into a write each.
async function touchToken(db: Db, cache: PrincipalCache, key: string, tokenId: string, lastTouchedAt: number) {
  if (Date.now() - lastTouchedAt <= 60_000) return;
  const e = cache.get(key);
  if (e) e.lastTouchedAt = Date.now();
  await db
    .update(apiTokens)
    .set({ lastUsedAt: sql`now()` })
    .where(eq(apiTokens.id, tokenId));
}

async function touchSession(db: Db, cache: PrincipalCache, key: string, digest: Buffer, lastTouchedAt: number, idleHours: number) {
  if (Date.now() - lastTouchedAt <= 60_000) return;
  const e = cache.get(key);
  if (e) e.lastTouchedAt = Date.now();
  // Sliding idle expiry, bounded by the absolute lifetime set at login (created_at + 7 days).
  await db
    .update(sessions)
    .set({
      lastSeenAt: sql`now()`,
      expiresAt: sql`least(${sessions.createdAt} + interval '7 days', now() + make_interval(hours => ${idleHours}))`,
    })
    .where(eq(sessions.idHash, digest));
}

function toPrincipal(u: typeof users.$inferSelect, via: Principal['via'], scopes: string[] | null): Principal {
  return {
    userId: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    organisationId: u.organisationId,
    regionCode: u.regionCode,
    via,
    scopes,
    mustChangePassword: u.mustChangePassword,
  };
}

function originAllowed(req: FastifyRequest, publicOrigin?: string): boolean {
  const origin = req.headers.origin ?? (req.headers.referer ? safeOrigin(req.headers.referer) : undefined);
  if (!origin) return false;
  const own = `${req.protocol}://${req.headers.host}`;
  return origin === own || (publicOrigin !== undefined && origin === publicOrigin);
}

function safeOrigin(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

/**
 * Default deny: every /api and /metrics route must declare `config.access`, or the server refuses to start.
 * Each request then resolves its principal and is checked before its body is even read.
 */
export function installAccessControl(
  app: FastifyInstance,
  db: Db,
  opts: {
    publicOrigin?: string;
    sessionIdleHours: number;
    tokenMaxDays?: number;
    cache: PrincipalCache;
    applications?: ApplicationTokens;
  },
): void {
  const cache = opts.cache;
  app.decorateRequest('principal', null);
  app.addHook('onRoute', (route) => {
    const guarded = route.url.startsWith('/api') || route.url.startsWith('/metrics');
    if (guarded && route.config?.access === undefined && !route.url.startsWith('/api/docs')) {
      throw new Error(`Route ${String(route.method)} ${route.url} does not declare config.access`);
    }
    // Public routes say so in the OpenAPI document, so clients (and the default-deny test) can tell them apart.
    if (route.config?.access === 'public' && route.schema) route.schema = { ...route.schema, security: [] } as typeof route.schema;
  });
  app.addHook('onRequest', async (req: FastifyRequest, reply: FastifyReply) => {
    const access = req.routeOptions.config?.access;
    if (access === undefined) return; // static files, SPA fallback, docs UI
    const principal = await resolvePrincipal(
      db,
      cache,
      req,
      opts.sessionIdleHours,
      opts.tokenMaxDays ?? DEFAULT_TOKEN_MAX_DAYS,
      opts.applications,
    );
    req.principal = principal;
    if (principal?.via === 'application') {
      // Applications reach only the routes partners call, and only with the scope each names (RFC 6750 §3.1).
      const needed = access === 'public' ? null : access.partner;
      if (access !== 'public' && (!needed || !principal.scopes?.includes(needed))) {
        reply.header('www-authenticate', `Bearer error="insufficient_scope"${needed ? `, scope="${needed}"` : ''}`);
        throw new AppError(403, 'insufficient_scope', { scope: needed ?? '' });
      }
      await opts.applications!.admit(principal, req, reply);
    }
    if (access === 'public') return;
    if (!principal) throw new AppError(401, 'unauthenticated');
    if (access.roles !== 'any' && !access.roles.includes(principal.role)) throw new AppError(403, 'forbidden');
    // After a reset (or a generated first password) the password is known to someone else: until the user changes it,
    // the account may read its own profile, change the password and sign out, nothing more, whatever the client.
    if (principal.mustChangePassword && !req.routeOptions.config.beforePasswordChange) throw new AppError(403, 'password_change_required');
    if (principal.via === 'token') {
      const needed = access.scope ?? (SAFE_METHODS.has(req.method) ? 'read' : 'write');
      const scopes = principal.scopes ?? [];
      if (!scopes.includes(needed) && !(needed === 'read' && scopes.includes('write'))) throw new AppError(403, 'forbidden');
    } else if (!SAFE_METHODS.has(req.method) && !originAllowed(req, opts.publicOrigin)) {
      // Cookie-authenticated writes must come from our own pages (CSRF defence beside SameSite=Lax).
      throw new AppError(403, 'bad_origin');
    }
  });
}
