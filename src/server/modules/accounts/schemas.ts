import { z } from 'zod';
import { roles } from '../../platform/auth/tables.js';
import { organisationKinds } from './tables.js';

export const roleSchema = z.enum(roles);
export const regionSchema = z.object({
  code: z.string(),
  adminCode: z.string().nullable(),
  nameZh: z.string(),
  nameEn: z.string(),
  isDemo: z.boolean(),
});

export const organisationSchema = z
  .object({
    id: z.string().uuid(),
    name: z.string(),
    kind: z.enum(organisationKinds),
    regionCode: z.string().nullable(),
    creditCode: z.string().nullable(),
    isDemo: z.boolean(),
    createdAt: z.string(),
  })
  .meta({ id: 'Organisation' });
export const organisationInput = z.object({
  name: z.string().trim().min(2).max(200),
  kind: z.enum(organisationKinds),
  regionCode: z.string().min(1).nullable().optional(),
  // 统一社会信用代码: 18 characters of digits and upper-case letters (GB 32100-2015)
  creditCode: z
    .string()
    .regex(/^[0-9A-HJ-NPQRTUWXY]{18}$/, 'credit_code_format')
    .nullable()
    .optional(),
});
export const organisationPatch = organisationInput.partial();

export const userSchema = z
  .object({
    id: z.string().uuid(),
    username: z.string(),
    displayName: z.string(),
    role: roleSchema,
    organisationId: z.string().uuid().nullable(),
    organisationName: z.string().nullable(),
    regionCode: z.string().nullable(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    active: z.boolean(),
    isDemo: z.boolean(),
    createdAt: z.string(),
  })
  .meta({ id: 'User' });
export const passwordSchema = z.string().min(8, 'password_too_short').max(200);
export const userInput = z.object({
  username: z
    .string()
    .trim()
    .min(3)
    .max(64)
    .regex(/^[a-zA-Z0-9._-]+$/, 'username_format'),
  displayName: z.string().trim().min(1).max(100),
  role: roleSchema,
  organisationId: z.string().uuid().nullable().optional(),
  regionCode: z.string().min(1).nullable().optional(),
  phone: z.string().max(32).nullable().optional(),
  email: z.string().email().nullable().optional(),
  password: passwordSchema,
});
export const userPatch = userInput.omit({ username: true, password: true }).partial().extend({ active: z.boolean().optional() });

export const meSchema = z
  .object({
    id: z.string().uuid(),
    username: z.string(),
    displayName: z.string(),
    role: roleSchema,
    organisationId: z.string().nullable(),
    organisationName: z.string().nullable(),
    regionCode: z.string().nullable(),
    regionName: z.string().nullable(),
    mustChangePassword: z.boolean(),
  })
  .meta({ id: 'CurrentUser' });

export const tokenScopes = ['read', 'write', 'metrics', 'ingest'] as const;
export const tokenSchema = z.object({
  id: z.string().uuid(),
  name: z.string(),
  userId: z.string().uuid(),
  username: z.string(),
  prefix: z.string(),
  scopes: z.array(z.string()),
  expiresAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  createdAt: z.string(),
});
export const tokenInput = z.object({
  name: z.string().trim().min(1).max(100),
  scopes: z.array(z.enum(tokenScopes)).min(1),
  expiresInDays: z.number().int().min(1).max(3650).nullable().default(90),
});
