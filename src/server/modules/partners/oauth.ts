import { randomUUID } from 'node:crypto';
import { and, eq, isNull, lt, sql } from 'drizzle-orm';
import { createLocalJWKSet, decodeJwt, jwtVerify, SignJWT, errors as joseErrors, type JWTPayload } from 'jose';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db, DbOrTx } from '../../db/database.js';
import { selectRows } from '../../db/database.js';
import { AppError } from '../../platform/errors.js';
import { secretDigest } from '../../platform/auth/secrets.js';
import type { ApplicationTokens, PartnerScope, Principal } from '../../platform/auth/principal.js';
import type { PrincipalCache } from '../../platform/auth/principalCache.js';
import { getOrganisation } from '../accounts/index.js';
import { currentSigningKey, publishedKeys, SIGNING_ALG } from './keys.js';
import { partnerApplications, partnerAssertionJtis, partnerClientSecrets } from './tables.js';
import { roleOfOrganisationKind } from './applications.js';

/** Access tokens live 10 minutes (issue 16): short enough that a leaked one soon dies, long enough to batch calls. */
export const ACCESS_TOKEN_SECONDS = 600;
/** RFC 7523 §3: the assertion's lifetime we accept at most. */
export const ASSERTION_MAX_SECONDS = 300;
export const CLIENT_ASSERTION_TYPE = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';
/** The `aud` of every access token: this API (RFC 9068 §2.2). */
export const TOKEN_AUDIENCE = 'greenbuild-api';
/** The token issuer: the deployment's public origin, or a fixed name so every instance (and host name) agrees. */
export const tokenIssuer = (config: { publicOrigin?: string }) => config.publicOrigin ?? 'urn:greenbuild';
const ASSERTION_ALGS = ['ES256', 'ES384', 'EdDSA', 'RS256', 'PS256'];

/** An RFC 6749 §5.2 error: answered as {error, error_description}, not as the API's own error shape. */
export class OAuthError extends Error {
  constructor(
    readonly status: 400 | 401,
    readonly error: 'invalid_request' | 'invalid_client' | 'invalid_grant' | 'unsupported_grant_type' | 'invalid_scope',
    readonly description: string,
  ) {
    super(error);
  }
}

export type TokenRequest = {
  authorization: string | undefined;
  form: Record<string, string>;
  /** The token endpoint's own URL: the only `aud` a client assertion may name. */
  tokenEndpoint: string;
  issuer: string;
};

export type TokenAnswer = { access_token: string; token_type: 'Bearer'; expires_in: number; scope: string };

type AuthenticatedClient = { app: typeof partnerApplications.$inferSelect; credential: string };

function basicCredentials(authorization: string): { clientId: string; secret: string } {
  const raw = Buffer.from(authorization.slice(6).trim(), 'base64').toString('utf8');
  const colon = raw.indexOf(':');
  if (colon < 1) throw new OAuthError(401, 'invalid_client', 'Malformed Basic credentials');
  // RFC 6749 §2.3.1: both parts are form-urlencoded before they are joined.
  try {
    return {
      clientId: decodeURIComponent(raw.slice(0, colon).replace(/\+/g, ' ')),
      secret: decodeURIComponent(raw.slice(colon + 1).replace(/\+/g, ' ')),
    };
  } catch {
    throw new OAuthError(401, 'invalid_client', 'Malformed Basic credentials');
  }
}

async function liveApplication(db: DbOrTx, clientId: string) {
  const [app] = await db
    .select()
    .from(partnerApplications)
    .where(and(eq(partnerApplications.clientId, clientId), isNull(partnerApplications.revokedAt)));
  return app ?? null;
}

async function authenticateBySecret(db: Db, clientId: string, secret: string): Promise<AuthenticatedClient> {
  const app = await liveApplication(db, clientId);
  const digest = secretDigest(secret);
  const [row] = app
    ? await db
        .select({ id: partnerClientSecrets.id })
        .from(partnerClientSecrets)
        .where(
          and(
            eq(partnerClientSecrets.applicationId, app.id),
            eq(partnerClientSecrets.secretHash, digest),
            isNull(partnerClientSecrets.revokedAt),
          ),
        )
    : [];
  if (!app || !row) throw new OAuthError(401, 'invalid_client', 'Unknown client or wrong secret');
  await db
    .update(partnerClientSecrets)
    .set({ lastUsedAt: sql`now()` })
    .where(eq(partnerClientSecrets.id, row.id));
  return { app, credential: `secret:${row.id}` };
}

/** RFC 7523 §3 / OIDC private_key_jwt: iss = sub = client_id, aud = the token endpoint, exp at most 5 min ahead, jti once. */
async function authenticateByAssertion(
  db: Db,
  assertion: string,
  tokenEndpoint: string,
  formClientId?: string,
): Promise<AuthenticatedClient> {
  let unverified: JWTPayload;
  try {
    unverified = decodeJwt(assertion);
  } catch {
    throw new OAuthError(401, 'invalid_client', 'client_assertion is not a JWT');
  }
  const clientId = typeof unverified.iss === 'string' ? unverified.iss : '';
  if (formClientId && formClientId !== clientId) throw new OAuthError(401, 'invalid_client', 'client_id does not match the assertion');
  const app = clientId ? await liveApplication(db, clientId) : null;
  if (!app?.jwks?.keys?.length) throw new OAuthError(401, 'invalid_client', 'Unknown client or no registered key');
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(assertion, createLocalJWKSet(app.jwks), {
      issuer: clientId,
      subject: clientId,
      audience: tokenEndpoint,
      algorithms: ASSERTION_ALGS,
      requiredClaims: ['exp', 'jti'],
      clockTolerance: 30,
    }));
  } catch (e) {
    const why = e instanceof joseErrors.JWTClaimValidationFailed ? `claim ${e.claim} ${e.reason}` : 'signature not verified';
    throw new OAuthError(401, 'invalid_client', `Client assertion refused: ${why}`);
  }
  const now = Math.floor(Date.now() / 1000);
  if (payload.exp! - now > ASSERTION_MAX_SECONDS + 30)
    throw new OAuthError(401, 'invalid_client', 'Client assertion expires too far ahead (at most 5 minutes)');
  if (typeof payload.jti !== 'string' || !payload.jti || payload.jti.length > 200)
    throw new OAuthError(401, 'invalid_client', 'Client assertion needs a jti');
  // Single use, across every instance: the primary key refuses a second insert of the same (application, jti).
  await db
    .delete(partnerAssertionJtis)
    .where(and(eq(partnerAssertionJtis.applicationId, app.id), lt(partnerAssertionJtis.expiresAt, sql`now()`)));
  const inserted = await db
    .insert(partnerAssertionJtis)
    .values({ applicationId: app.id, jti: payload.jti, expiresAt: new Date((payload.exp! + 60) * 1000) })
    .onConflictDoNothing()
    .returning({ jti: partnerAssertionJtis.jti });
  if (!inserted.length) throw new OAuthError(401, 'invalid_client', 'Client assertion already used (jti)');
  return { app, credential: 'jwt' };
}

/** POST /api/oauth/token, client_credentials grant (RFC 6749 §4.4). */
export async function issueToken(db: Db, r: TokenRequest): Promise<TokenAnswer> {
  const { form } = r;
  const basic = r.authorization?.toLowerCase().startsWith('basic ') ? r.authorization : undefined;
  const assertion = form.client_assertion;
  if (!form.grant_type) throw new OAuthError(400, 'invalid_request', 'grant_type is required');
  if (basic && assertion) throw new OAuthError(400, 'invalid_request', 'Use one client authentication method');
  let client: AuthenticatedClient;
  if (basic) {
    const { clientId, secret } = basicCredentials(basic);
    client = await authenticateBySecret(db, clientId, secret);
  } else if (assertion !== undefined) {
    if (form.client_assertion_type !== CLIENT_ASSERTION_TYPE)
      throw new OAuthError(401, 'invalid_client', `client_assertion_type must be ${CLIENT_ASSERTION_TYPE}`);
    client = await authenticateByAssertion(db, assertion, r.tokenEndpoint, form.client_id);
  } else if (form.client_secret !== undefined) {
    throw new OAuthError(
      401,
      'invalid_client',
      'client_secret_post is not accepted: use HTTP Basic (client_secret_basic) or private_key_jwt',
    );
  } else {
    throw new OAuthError(401, 'invalid_client', 'Client authentication required (client_secret_basic or private_key_jwt)');
  }
  // The client is known before the grant is judged, so an unknown client never learns which grants exist (§5.2 order).
  if (form.grant_type !== 'client_credentials') throw new OAuthError(400, 'unsupported_grant_type', 'Only client_credentials is supported');
  const allowed = client.app.scopes;
  const requested = form.scope?.trim() ? [...new Set(form.scope.trim().split(/\s+/))] : allowed;
  const refused = requested.filter((s) => !allowed.includes(s));
  if (refused.length) throw new OAuthError(400, 'invalid_scope', `Not granted to this application: ${refused.join(' ')}`);
  const scope = requested.join(' ');
  const { kid, key } = await currentSigningKey(db);
  const access_token = await new SignJWT({ scope, client_id: client.app.clientId, app: client.app.id, cred: client.credential })
    .setProtectedHeader({ alg: SIGNING_ALG, kid, typ: 'at+jwt' })
    .setIssuer(r.issuer)
    .setSubject(client.app.clientId)
    .setAudience(TOKEN_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${ACCESS_TOKEN_SECONDS}s`)
    .setJti(randomUUID())
    .sign(key);
  return { access_token, token_type: 'Bearer', expires_in: ACCESS_TOKEN_SECONDS, scope };
}

const rateLimits = new WeakMap<Principal, number>();

/** How requests with an application's access token become a principal, and how each is counted against its limit. */
export function applicationTokens(db: Db, cache: PrincipalCache, issuer: string): ApplicationTokens {
  return {
    async resolve(token) {
      const key = `a:${secretDigest(token).toString('hex')}`;
      const hit = cache.get(key);
      if (hit) return hit.principal;
      let claims: JWTPayload & { scope?: string; app?: string; cred?: string };
      try {
        const keys = await publishedKeys(db);
        ({ payload: claims } = await jwtVerify(token, createLocalJWKSet({ keys }), {
          issuer,
          audience: TOKEN_AUDIENCE,
          algorithms: [SIGNING_ALG],
          typ: 'at+jwt',
          requiredClaims: ['exp', 'sub'],
        }));
      } catch {
        throw new AppError(401, 'unauthenticated');
      }
      // The application (and the secret that obtained the token) must still be live: revoking either ends its tokens.
      const rows = await selectRows<{
        id: string;
        name: string;
        client_id: string;
        organisation_id: string;
        scopes: string[];
        rate_limit_per_minute: number;
        jwks: unknown;
      }>(
        db,
        sql`select a.id, a.name, a.client_id, a.organisation_id, a.scopes, a.rate_limit_per_minute, a.jwks
            from partner_applications a
            where a.id = ${String(claims.app ?? '')}::uuid and a.client_id = ${claims.sub!} and a.revoked_at is null
              and (${claims.cred === 'jwt'} and a.jwks is not null
                   or exists (select 1 from partner_client_secrets s where s.application_id = a.id and s.revoked_at is null
                              and 'secret:' || s.id::text = ${String(claims.cred ?? '')}))`,
      ).catch(() => []);
      const app = rows[0];
      const organisation = app ? await getOrganisation(db, app.organisation_id) : null;
      const role = organisation ? roleOfOrganisationKind(organisation.kind) : null;
      if (!app || !organisation || !role) throw new AppError(401, 'unauthenticated');
      // Scopes taken away from the application since the token was issued are gone at once.
      const scopes = String(claims.scope ?? '')
        .split(' ')
        .filter((s) => s && app.scopes.includes(s));
      const principal: Principal = {
        userId: app.id,
        username: `app:${app.client_id}`,
        displayName: app.name,
        role,
        organisationId: app.organisation_id,
        regionCode: organisation.regionCode,
        via: 'application',
        scopes,
        clientId: app.client_id,
        mustChangePassword: false,
      };
      rateLimits.set(principal, app.rate_limit_per_minute);
      cache.set(key, { principal, userId: app.id, lastTouchedAt: Date.now() }, claims.exp! * 1000);
      return principal;
    },
    admit: (principal, _req, reply) => countRequest(db, principal, reply),
  };
}

/**
 * Fixed one-minute windows counted in PostgreSQL (so every instance shares the count), answered with the IETF
 * RateLimit-Policy / RateLimit fields (draft-ietf-httpapi-ratelimit-headers, structured-field syntax) and 429 + Retry-After.
 */
async function countRequest(db: Db, principal: Principal, reply: FastifyReply): Promise<void> {
  const limit = rateLimits.get(principal) ?? 600;
  const [row] = await selectRows<{ requests: number; reset: number | string }>(
    db,
    sql`insert into partner_rate_windows (application_id, window_start, requests)
        values (${principal.userId}, date_trunc('minute', now()), 1)
        on conflict (application_id, window_start) do update set requests = partner_rate_windows.requests + 1
        returning requests, ceil(extract(epoch from (window_start + interval '1 minute' - now())))::int as reset`,
  );
  const used = Number(row!.requests);
  const reset = Math.max(1, Number(row!.reset));
  reply.header('ratelimit-policy', `"default";q=${limit};w=60`);
  reply.header('ratelimit', `"default";r=${Math.max(0, limit - used)};t=${reset}`);
  if (used > limit) {
    reply.header('retry-after', String(reset));
    throw new AppError(429, 'rate_limited', { seconds: reset });
  }
}

/** Old rate windows and spent assertion ids, removed by a scheduled job. */
export async function removeSpentPartnerRows(db: DbOrTx): Promise<void> {
  await db.execute(sql`delete from partner_rate_windows where window_start < now() - interval '5 minutes'`);
  await db.execute(sql`delete from partner_assertion_jtis where expires_at < now()`);
}

export type { FastifyRequest };
