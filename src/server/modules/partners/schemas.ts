import { z } from 'zod';
import { partnerScopes } from '../../platform/auth/principal.js';

const PRIVATE_PARTS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'k', 'oth'];

/** A client's public keys for private_key_jwt: asymmetric only, never a private part (it would be a shared secret). */
export const jwksSchema = z
  .object({
    keys: z
      .array(
        z
          .object({
            kty: z.enum(['EC', 'OKP', 'RSA']),
            kid: z.string().max(200).optional(),
            alg: z.string().max(20).optional(),
            use: z.string().max(20).optional(),
            crv: z.string().max(20).optional(),
            x: z.string().max(2000).optional(),
            y: z.string().max(2000).optional(),
            n: z.string().max(2000).optional(),
            e: z.string().max(20).optional(),
          })
          .passthrough()
          .refine((k) => !PRIVATE_PARTS.some((part) => part in k), { message: 'jwks_invalid' }),
      )
      .min(1)
      .max(10),
  })
  .meta({ id: 'Jwks', description: 'RFC 7517 JSON Web Key Set of the application’s public keys (private_key_jwt)' });

export const scopeSchema = z.enum(partnerScopes).meta({ id: 'PartnerScope' });

export const applicationInput = z.object({
  name: z.string().trim().min(1).max(100),
  description: z.string().trim().max(500).nullable().optional(),
  scopes: z.array(scopeSchema).min(1).max(partnerScopes.length),
  jwks: jwksSchema.nullable().optional(),
  /** Administrators register for any organisation; everyone else for their own. */
  organisationId: z.string().uuid().optional(),
});
export type ApplicationInput = z.infer<typeof applicationInput>;

export const applicationPatch = z.object({
  name: z.string().trim().min(1).max(100).optional(),
  description: z.string().trim().max(500).nullable().optional(),
  scopes: z.array(scopeSchema).min(1).max(partnerScopes.length).optional(),
  jwks: jwksSchema.nullable().optional(),
});
export type ApplicationPatch = z.infer<typeof applicationPatch>;

export const applicationSchema = z
  .object({
    id: z.string().uuid(),
    organisationId: z.string().uuid(),
    organisationName: z.string().nullable(),
    name: z.string(),
    description: z.string().nullable(),
    clientId: z.string(),
    scopes: z.array(z.string()),
    jwks: z.unknown().nullable(),
    rateLimitPerMinute: z.number().int(),
    createdAt: z.string(),
    revokedAt: z.string().nullable(),
    secrets: z.array(
      z.object({
        id: z.string().uuid(),
        prefix: z.string(),
        createdAt: z.string(),
        lastUsedAt: z.string().nullable(),
        revokedAt: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'PartnerApplication' });

export const tokenForm = z
  .object({
    grant_type: z.string().max(200).optional().describe('client_credentials'),
    scope: z.string().max(1000).optional().describe('Space-separated scopes; default: all the application has'),
    client_id: z.string().max(200).optional(),
    client_assertion_type: z.string().max(200).optional().describe('urn:ietf:params:oauth:client-assertion-type:jwt-bearer'),
    client_assertion: z.string().max(8000).optional().describe('private_key_jwt: a JWT signed with a registered key'),
    client_secret: z.string().max(200).optional().describe('Not accepted (client_secret_post): use HTTP Basic'),
  })
  .meta({ id: 'OAuthTokenRequest' });

export const tokenAnswer = z
  .object({
    access_token: z.string(),
    token_type: z.literal('Bearer'),
    expires_in: z.number().int(),
    scope: z.string(),
  })
  .meta({ id: 'OAuthTokenResponse' });

export const oauthError = z
  .object({
    error: z.enum(['invalid_request', 'invalid_client', 'invalid_grant', 'unsupported_grant_type', 'invalid_scope']),
    error_description: z.string().optional(),
  })
  .meta({ id: 'OAuthError', description: 'RFC 6749 §5.2 error' });
