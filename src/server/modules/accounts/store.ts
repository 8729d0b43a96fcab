import { randomUUID } from 'node:crypto';
import { and, count, desc, eq, ilike, inArray, isNull, or, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/database.js';
import { apiTokens, sessions, users, type Role } from '../../platform/auth/tables.js';
import { hashPassword, newSecret, secretDigest } from '../../platform/auth/secrets.js';
import { recordAudit, type AuditActor } from '../../platform/audit.js';
import { conflict, invalidField, notFound } from '../../platform/errors.js';
import { offsetOf, pageFromRows, totalColumn, type Page, type PageQuery } from '../../platform/pagination.js';
import { organisations, regions, type OrganisationKind } from './tables.js';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export async function listRegions(db: DbOrTx) {
  return db.select().from(regions).orderBy(regions.adminCode);
}

/** A region's Chinese name, or null when there is no such region. */
export async function regionNameOf(db: DbOrTx, code: string): Promise<string | null> {
  const [r] = await db.select({ nameZh: regions.nameZh }).from(regions).where(eq(regions.code, code));
  return r?.nameZh ?? null;
}

/*
 * SQL pieces for other modules' queries, written here because only this module names its tables (the same pattern as
 * projects' visibleProjectsCondition): `ref` is the caller's column holding an organisation id or a region code.
 */
/** The name of the organisation `ref` points to (null when none). */
export const organisationNameSql = (ref: SQLWrapper) =>
  sql<string | null>`(select ${organisations.name} from ${organisations} where ${organisations.id} = ${ref})`;
/** The Chinese name of the region `ref` points to (null when none). */
export const regionNameSql = (ref: SQLWrapper) =>
  sql<string | null>`(select ${regions.nameZh} from ${regions} where ${regions.code} = ${ref})`;
/** True when the organisation `ref` points to has a name matching the ILIKE pattern. */
export const organisationNameMatches = (ref: SQLWrapper, pattern: string) =>
  sql`${ref} in (select ${organisations.id} from ${organisations} where ${organisations.name} ilike ${pattern})`;

/** Organisation ids by exact name, for imports that refer to organisations by name. */
export async function organisationIdsByName(db: DbOrTx, names: string[]): Promise<Array<{ id: string; name: string }>> {
  if (!names.length) return [];
  return db.select({ id: organisations.id, name: organisations.name }).from(organisations).where(inArray(organisations.name, names));
}

export async function regionExists(db: DbOrTx, code: string) {
  return (await db.select({ code: regions.code }).from(regions).where(eq(regions.code, code))).length > 0;
}

export async function upsertRegion(db: DbOrTx, r: { code: string; adminCode: string; nameZh: string; nameEn: string; isDemo?: boolean }) {
  await db.insert(regions).values(r).onConflictDoNothing();
}

// ---------- organisations ----------

export type OrganisationFilter = { q?: string; kind?: OrganisationKind; regionCode?: string; regions: string[] | null };

function organisationRow(o: typeof organisations.$inferSelect) {
  return { ...o, createdAt: o.createdAt.toISOString(), updatedAt: undefined };
}

export async function listOrganisations(
  db: DbOrTx,
  f: OrganisationFilter,
  page: PageQuery,
): Promise<Page<ReturnType<typeof organisationRow>>> {
  const where: SQL[] = [];
  if (f.q) where.push(ilike(organisations.name, `%${f.q}%`));
  if (f.kind) where.push(eq(organisations.kind, f.kind));
  if (f.regionCode) where.push(eq(organisations.regionCode, f.regionCode));
  // Organisations without a region (national expert pools, the ministry) are visible to every region's staff.
  if (f.regions)
    where.push(f.regions.length ? or(inArray(organisations.regionCode, f.regions), isNull(organisations.regionCode))! : sql`false`);
  const cond = where.length ? and(...where) : undefined;
  const counted = db.select({ n: count() }).from(organisations).where(cond);
  const rows = await db
    .select({ org: organisations, total: totalColumn(counted) })
    .from(organisations)
    .where(cond)
    .orderBy(organisations.name)
    .limit(page.pageSize)
    .offset(offsetOf(page));
  const { items, total } = await pageFromRows(rows, counted);
  return { items: items.map((r) => organisationRow(r.org)), total };
}

/** An organisation by its exact name (names are how demo data and imports refer to organisations). */
export async function findOrganisationByName(db: DbOrTx, name: string) {
  const [row] = await db.select().from(organisations).where(eq(organisations.name, name));
  return row ?? null;
}

export async function getOrganisation(db: DbOrTx, id: string) {
  const [row] = await db.select().from(organisations).where(eq(organisations.id, id));
  return row ?? null;
}

export type OrganisationInput = {
  name: string;
  kind: OrganisationKind;
  regionCode?: string | null;
  creditCode?: string | null;
  isDemo?: boolean;
};

export async function createOrganisation(tx: DbOrTx, actor: AuditActor, input: OrganisationInput) {
  if (input.regionCode && !(await regionExists(tx, input.regionCode))) throw invalidField('regionCode', 'region_unknown');
  const existing = await tx.select({ id: organisations.id }).from(organisations).where(eq(organisations.name, input.name));
  if (existing.length) throw invalidField('name', 'organisation_name_taken');
  const [row] = await tx
    .insert(organisations)
    .values({
      id: randomUUID(),
      name: input.name,
      kind: input.kind,
      regionCode: input.regionCode ?? null,
      creditCode: input.creditCode ?? null,
      isDemo: input.isDemo ?? false,
    })
    .returning();
  await recordAudit(tx, actor, {
    action: 'organisation.create',
    entityType: 'organisation',
    entityId: row!.id,
    regionCode: row!.regionCode,
    after: row,
  });
  return organisationRow(row!);
}

export async function updateOrganisation(tx: DbOrTx, actor: AuditActor, id: string, patch: Partial<OrganisationInput>) {
  const before = await getOrganisation(tx, id);
  if (!before) throw notFound();
  if (patch.regionCode && !(await regionExists(tx, patch.regionCode))) throw invalidField('regionCode', 'region_unknown');
  if (patch.name && patch.name !== before.name) {
    const clash = await tx.select({ id: organisations.id }).from(organisations).where(eq(organisations.name, patch.name));
    if (clash.length) throw invalidField('name', 'organisation_name_taken');
  }
  const [after] = await tx
    .update(organisations)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(organisations.id, id))
    .returning();
  await recordAudit(tx, actor, {
    action: 'organisation.update',
    entityType: 'organisation',
    entityId: id,
    regionCode: after!.regionCode,
    before,
    after,
  });
  return organisationRow(after!);
}

// ---------- users ----------

const userColumns = {
  id: users.id,
  username: users.username,
  displayName: users.displayName,
  role: users.role,
  organisationId: users.organisationId,
  organisationName: organisations.name,
  regionCode: users.regionCode,
  phone: users.phone,
  email: users.email,
  active: users.active,
  isDemo: users.isDemo,
  createdAt: users.createdAt,
};

export type UserFilter = { q?: string; role?: Role; regionCode?: string; organisationId?: string; regions: string[] | null };

export async function listUsers(db: DbOrTx, f: UserFilter, page: PageQuery) {
  const where: SQL[] = [];
  if (f.q) where.push(or(ilike(users.username, `%${f.q}%`), ilike(users.displayName, `%${f.q}%`))!);
  if (f.role) where.push(eq(users.role, f.role));
  if (f.regionCode) where.push(eq(users.regionCode, f.regionCode));
  if (f.organisationId) where.push(eq(users.organisationId, f.organisationId));
  if (f.regions) where.push(f.regions.length ? inArray(users.regionCode, f.regions) : sql`false`);
  const cond = where.length ? and(...where) : undefined;
  const counted = db.select({ n: count() }).from(users).where(cond);
  const rows = await db
    .select({ ...userColumns, total: totalColumn(counted) })
    .from(users)
    .leftJoin(organisations, eq(organisations.id, users.organisationId))
    .where(cond)
    .orderBy(desc(users.createdAt), users.username)
    .limit(page.pageSize)
    .offset(offsetOf(page));
  const { items, total } = await pageFromRows(rows, counted);
  return { items: items.map((u) => ({ ...u, createdAt: u.createdAt.toISOString() })), total };
}

export async function getUser(db: DbOrTx, id: string) {
  const [row] = await db
    .select(userColumns)
    .from(users)
    .leftJoin(organisations, eq(organisations.id, users.organisationId))
    .where(eq(users.id, id));
  return row ? { ...row, createdAt: row.createdAt.toISOString() } : null;
}

export async function findUserByUsername(db: DbOrTx, username: string) {
  const [row] = await db
    .select()
    .from(users)
    .where(sql`lower(${users.username}) = lower(${username})`);
  return row ?? null;
}

export type UserInput = {
  username: string;
  displayName: string;
  role: Role;
  organisationId?: string | null;
  regionCode?: string | null;
  phone?: string | null;
  email?: string | null;
  password: string;
  isDemo?: boolean;
  mustChangePassword?: boolean;
};

/** The rules that tie a role to its scope: a regulator has a region (or is ministry-wide), members belong to an organisation. */
async function checkRoleScope(tx: DbOrTx, role: Role, organisationId: string | null | undefined, regionCode: string | null | undefined) {
  const org = organisationId ? await getOrganisation(tx, organisationId) : null;
  if (organisationId && !org) throw invalidField('organisationId', 'organisation_unknown');
  if (regionCode && !(await regionExists(tx, regionCode))) throw invalidField('regionCode', 'region_unknown');
  if (role === 'regulator' && !regionCode && org?.kind !== 'ministry') throw invalidField('regionCode', 'regulator_needs_region');
  if ((role === 'enterprise' || role === 'facility' || role === 'carrier') && !org)
    throw invalidField('organisationId', 'member_needs_organisation');
  if (role === 'carrier' && org && org.kind !== 'carrier') throw invalidField('organisationId', 'carrier_needs_carrier_org');
  if (role === 'facility' && org && org.kind !== 'facility') throw invalidField('organisationId', 'facility_needs_facility_org');
  return org;
}

export async function createUser(tx: DbOrTx, actor: AuditActor, input: UserInput) {
  if (await findUserByUsername(tx, input.username)) throw invalidField('username', 'username_taken');
  const org = await checkRoleScope(tx, input.role, input.organisationId, input.regionCode);
  const id = randomUUID();
  const [row] = await tx
    .insert(users)
    .values({
      id,
      username: input.username,
      displayName: input.displayName,
      role: input.role,
      organisationId: input.organisationId ?? null,
      // Members inherit their organisation's region so region-scoped views find them.
      regionCode: input.regionCode ?? org?.regionCode ?? null,
      phone: input.phone ?? null,
      email: input.email ?? null,
      passwordHash: await hashPassword(input.password),
      isDemo: input.isDemo ?? false,
      mustChangePassword: input.mustChangePassword ?? false,
    })
    .returning();
  await recordAudit(tx, actor, {
    action: 'user.create',
    entityType: 'user',
    entityId: id,
    regionCode: row!.regionCode,
    organisationId: row!.organisationId,
    after: row,
  });
  return (await getUser(tx, id))!;
}

export async function updateUser(
  tx: DbOrTx,
  actor: AuditActor,
  id: string,
  patch: Partial<Omit<UserInput, 'username' | 'password'>> & { active?: boolean },
) {
  const [before] = await tx.select().from(users).where(eq(users.id, id));
  if (!before) throw notFound();
  const role = patch.role ?? before.role;
  const orgId = patch.organisationId !== undefined ? patch.organisationId : before.organisationId;
  const regionCode = patch.regionCode !== undefined ? patch.regionCode : before.regionCode;
  await checkRoleScope(tx, role, orgId, regionCode);
  const [after] = await tx
    .update(users)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(users.id, id))
    .returning();
  if (patch.active === false) await revokeUserSessions(tx, id);
  await recordAudit(tx, actor, {
    action: 'user.update',
    entityType: 'user',
    entityId: id,
    regionCode: after!.regionCode,
    organisationId: after!.organisationId,
    before,
    after,
  });
  return (await getUser(tx, id))!;
}

export async function setPassword(tx: DbOrTx, actor: AuditActor, id: string, password: string, mustChange: boolean) {
  const [row] = await tx
    .update(users)
    .set({
      passwordHash: await hashPassword(password),
      mustChangePassword: mustChange,
      passwordChangedAt: new Date(),
      updatedAt: new Date(),
    })
    .where(eq(users.id, id))
    .returning({ id: users.id, regionCode: users.regionCode });
  if (!row) throw notFound();
  await recordAudit(tx, actor, {
    action: mustChange ? 'user.password_reset' : 'user.password_change',
    entityType: 'user',
    entityId: id,
    regionCode: row.regionCode,
  });
}

export async function countUsers(db: DbOrTx) {
  const [row] = await db.select({ n: count() }).from(users);
  return row?.n ?? 0;
}

// ---------- sessions ----------

export async function openSession(db: DbOrTx, userId: string, idleHours: number, meta: { ip: string; userAgent?: string }) {
  const secret = newSecret();
  await db.insert(sessions).values({
    idHash: secretDigest(secret),
    userId,
    expiresAt: new Date(Date.now() + idleHours * 3600_000),
    ip: meta.ip,
    userAgent: meta.userAgent?.slice(0, 300) ?? null,
  });
  return secret;
}

export async function revokeSession(db: DbOrTx, idHash: Buffer) {
  await db.update(sessions).set({ revokedAt: new Date() }).where(eq(sessions.idHash, idHash));
}

export async function revokeUserSessions(db: DbOrTx, userId: string, except?: Buffer) {
  const cond = except
    ? and(eq(sessions.userId, userId), isNull(sessions.revokedAt), sql`${sessions.idHash} <> ${except}`)
    : and(eq(sessions.userId, userId), isNull(sessions.revokedAt));
  await db.update(sessions).set({ revokedAt: new Date() }).where(cond);
}

// ---------- API tokens ----------

export async function listTokens(db: DbOrTx, userId: string | null, page: PageQuery) {
  const cond = userId ? eq(apiTokens.userId, userId) : undefined;
  const [items, [total]] = await Promise.all([
    db
      .select({ token: apiTokens, username: users.username })
      .from(apiTokens)
      .innerJoin(users, eq(users.id, apiTokens.userId))
      .where(cond)
      .orderBy(desc(apiTokens.createdAt))
      .limit(page.pageSize)
      .offset(offsetOf(page)),
    db.select({ n: count() }).from(apiTokens).where(cond),
  ]);
  return {
    items: items.map(({ token: t, username }) => ({
      id: t.id,
      name: t.name,
      userId: t.userId,
      username,
      prefix: t.prefix,
      scopes: t.scopes,
      expiresAt: iso(t.expiresAt),
      lastUsedAt: iso(t.lastUsedAt),
      revokedAt: iso(t.revokedAt),
      createdAt: t.createdAt.toISOString(),
    })),
    total: total?.n ?? 0,
  };
}

/** Creates a token; its secret is returned once and only its SHA-256 is kept. */
export async function createToken(
  tx: DbOrTx,
  actor: AuditActor,
  userId: string,
  input: { name: string; scopes: string[]; expiresInDays: number | null },
) {
  const secret = `gbt_${newSecret()}`;
  const id = randomUUID();
  const expiresAt = input.expiresInDays ? new Date(Date.now() + input.expiresInDays * 86400_000) : null;
  const [row] = await tx
    .insert(apiTokens)
    .values({
      id,
      name: input.name,
      userId,
      secretHash: secretDigest(secret),
      prefix: secret.slice(0, 10),
      scopes: input.scopes,
      expiresAt,
    })
    .returning();
  await recordAudit(tx, actor, { action: 'token.create', entityType: 'api_token', entityId: id, after: { ...row, secretHash: undefined } });
  return { id, secret, prefix: row!.prefix, expiresAt: iso(expiresAt) };
}

/** Revokes every live token of a user (password changed or reset); the audit entry names how many. */
export async function revokeUserTokens(tx: DbOrTx, actor: AuditActor, userId: string) {
  const revoked = await tx
    .update(apiTokens)
    .set({ revokedAt: new Date() })
    .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id });
  if (revoked.length)
    await recordAudit(tx, actor, {
      action: 'token.revoke_all',
      entityType: 'user',
      entityId: userId,
      after: { tokens: revoked.map((r) => r.id) },
    });
  return revoked.length;
}

export async function getToken(db: DbOrTx, id: string) {
  const [row] = await db.select().from(apiTokens).where(eq(apiTokens.id, id));
  return row ?? null;
}

export async function revokeToken(tx: DbOrTx, actor: AuditActor, id: string) {
  const before = await getToken(tx, id);
  if (!before) throw notFound();
  if (before.revokedAt) throw conflict('token_already_revoked');
  const [after] = await tx.update(apiTokens).set({ revokedAt: new Date() }).where(eq(apiTokens.id, id)).returning();
  await recordAudit(tx, actor, { action: 'token.revoke', entityType: 'api_token', entityId: id, before, after });
}

export type { Db };

export type Recipient = {
  id: string;
  displayName: string;
  email: string | null;
  role: Role;
  organisationId: string | null;
  regionCode: string | null;
};

/**
 * Active users a notification goes to: any of the listed users, or users of the given roles restricted to the given
 * organisations or regions (a regulator with no region is a ministry regulator and is included only when
 * `includeNational`).
 */
export async function recipientUsers(
  db: DbOrTx,
  f: { userIds?: string[]; roles?: Role[]; organisationIds?: string[]; regionCodes?: string[]; includeNational?: boolean },
): Promise<Recipient[]> {
  const any: SQL[] = [];
  if (f.userIds?.length) any.push(inArray(users.id, f.userIds));
  if (f.roles?.length) {
    const part: SQL[] = [inArray(users.role, f.roles)];
    if (f.organisationIds) part.push(f.organisationIds.length ? inArray(users.organisationId, f.organisationIds) : sql`false`);
    if (f.regionCodes)
      part.push(
        or(
          f.regionCodes.length ? inArray(users.regionCode, f.regionCodes) : sql`false`,
          f.includeNational ? sql`${users.regionCode} is null` : sql`false`,
        )!,
      );
    any.push(and(...part)!);
  }
  if (!any.length) return [];
  return db
    .select({
      id: users.id,
      displayName: users.displayName,
      email: users.email,
      role: users.role,
      organisationId: users.organisationId,
      regionCode: users.regionCode,
    })
    .from(users)
    .where(and(eq(users.active, true), or(...any)));
}
