import { randomBytes, randomUUID } from 'node:crypto';
import { and, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import type { Principal } from '../../platform/auth/principal.js';
import type { Role } from '../../platform/auth/tables.js';
import { newSecret, secretDigest } from '../../platform/auth/secrets.js';
import { recordAudit, type AuditActor } from '../../platform/audit.js';
import { AppError, conflict, invalidField, notFound } from '../../platform/errors.js';
import { getOrganisation, organisationNameSql, type OrganisationKind } from '../accounts/index.js';
import { partnerApplications, partnerClientSecrets, type Jwks } from './tables.js';
import type { ApplicationInput, ApplicationPatch } from './schemas.js';

/**
 * An application acts with its organisation's rights: the role its members have. Organisations whose members' sight
 * is personal (expert pools: assignments are per expert) or undefined ('other') cannot register applications.
 */
export function roleOfOrganisationKind(kind: OrganisationKind): Role | null {
  switch (kind) {
    case 'enterprise':
      return 'enterprise';
    case 'facility':
      return 'facility';
    case 'authority':
    case 'ministry':
      return 'regulator';
    default:
      return null;
  }
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

type AppRow = typeof partnerApplications.$inferSelect & { organisationName: string | null };

function toApplication(a: AppRow, secrets: Array<typeof partnerClientSecrets.$inferSelect>) {
  return {
    id: a.id,
    organisationId: a.organisationId,
    organisationName: a.organisationName,
    name: a.name,
    description: a.description,
    clientId: a.clientId,
    scopes: a.scopes,
    jwks: a.jwks,
    rateLimitPerMinute: a.rateLimitPerMinute,
    createdAt: a.createdAt.toISOString(),
    revokedAt: iso(a.revokedAt),
    secrets: secrets.map((s) => ({
      id: s.id,
      prefix: s.prefix,
      createdAt: s.createdAt.toISOString(),
      lastUsedAt: iso(s.lastUsedAt),
      revokedAt: iso(s.revokedAt),
    })),
  };
}
export type Application = ReturnType<typeof toApplication>;

/** Which applications a signed-in person manages: an administrator all, everyone else their own organisation's. */
function managedBy(p: Principal): SQL {
  if (p.role === 'admin') return sql`true`;
  return p.organisationId ? eq(partnerApplications.organisationId, p.organisationId) : sql`false`;
}

const columns = { a: partnerApplications, organisationName: organisationNameSql(partnerApplications.organisationId) };

export async function listApplications(db: DbOrTx, p: Principal): Promise<Application[]> {
  const rows = await db.select(columns).from(partnerApplications).where(managedBy(p)).orderBy(desc(partnerApplications.createdAt));
  if (!rows.length) return [];
  const secrets = await db
    .select()
    .from(partnerClientSecrets)
    .where(
      inArray(
        partnerClientSecrets.applicationId,
        rows.map((r) => r.a.id),
      ),
    )
    .orderBy(desc(partnerClientSecrets.createdAt));
  return rows.map((r) =>
    toApplication(
      { ...r.a, organisationName: r.organisationName },
      secrets.filter((s) => s.applicationId === r.a.id),
    ),
  );
}

export async function getApplication(db: DbOrTx, p: Principal, id: string): Promise<Application> {
  const [r] = await db
    .select(columns)
    .from(partnerApplications)
    .where(and(eq(partnerApplications.id, id), managedBy(p)));
  if (!r) throw notFound();
  const secrets = await db
    .select()
    .from(partnerClientSecrets)
    .where(eq(partnerClientSecrets.applicationId, id))
    .orderBy(desc(partnerClientSecrets.createdAt));
  return toApplication({ ...r.a, organisationName: r.organisationName }, secrets);
}

/** A client secret: shown once, kept as SHA-256 like API tokens (platform/auth/secrets.ts). */
async function addSecret(tx: DbOrTx, applicationId: string) {
  const secret = `gbcs_${newSecret()}`;
  const id = randomUUID();
  await tx.insert(partnerClientSecrets).values({ id, applicationId, secretHash: secretDigest(secret), prefix: secret.slice(0, 10) });
  return { id, secret };
}

export async function createApplication(tx: DbOrTx, actor: AuditActor, p: Principal, input: ApplicationInput) {
  const organisationId = p.role === 'admin' ? (input.organisationId ?? p.organisationId) : p.organisationId;
  if (!organisationId) throw invalidField('organisationId', 'value_required');
  const organisation = await getOrganisation(tx, organisationId);
  if (!organisation) throw invalidField('organisationId', 'organisation_unknown');
  if (!roleOfOrganisationKind(organisation.kind)) throw invalidField('organisationId', 'application_organisation_kind');
  const id = randomUUID();
  // The client_id is public (it names the client in logs and assertions); random so it reveals nothing.
  const clientId = `gbc_${randomBytes(12).toString('hex')}`;
  const [row] = await tx
    .insert(partnerApplications)
    .values({
      id,
      organisationId,
      name: input.name,
      description: input.description ?? null,
      clientId,
      scopes: input.scopes,
      jwks: input.jwks ?? null,
      createdBy: p.userId,
    })
    .returning();
  const secret = await addSecret(tx, id);
  await recordAudit(tx, actor, {
    action: 'partner_application.create',
    entityType: 'partner_application',
    entityId: id,
    organisationId,
    regionCode: organisation.regionCode,
    after: row,
  });
  return { clientId, clientSecret: secret.secret, secretId: secret.id, id };
}

export async function updateApplication(tx: DbOrTx, actor: AuditActor, p: Principal, id: string, patch: ApplicationPatch) {
  const before = await getApplication(tx, p, id);
  if (before.revokedAt) throw conflict('application_revoked');
  const set: Partial<typeof partnerApplications.$inferInsert> = { updatedAt: new Date() };
  if (patch.name !== undefined) set.name = patch.name;
  if (patch.description !== undefined) set.description = patch.description;
  if (patch.scopes !== undefined) set.scopes = patch.scopes;
  if (patch.jwks !== undefined) set.jwks = patch.jwks as Jwks | null;
  const [after] = await tx.update(partnerApplications).set(set).where(eq(partnerApplications.id, id)).returning();
  await recordAudit(tx, actor, {
    action: 'partner_application.update',
    entityType: 'partner_application',
    entityId: id,
    organisationId: before.organisationId,
    before,
    after,
  });
  return getApplication(tx, p, id);
}

export async function revokeApplication(tx: DbOrTx, actor: AuditActor, p: Principal, id: string) {
  const before = await getApplication(tx, p, id);
  if (before.revokedAt) throw conflict('application_revoked');
  await tx.update(partnerApplications).set({ revokedAt: new Date(), updatedAt: new Date() }).where(eq(partnerApplications.id, id));
  await tx
    .update(partnerClientSecrets)
    .set({ revokedAt: new Date() })
    .where(and(eq(partnerClientSecrets.applicationId, id), isNull(partnerClientSecrets.revokedAt)));
  await recordAudit(tx, actor, {
    action: 'partner_application.revoke',
    entityType: 'partner_application',
    entityId: id,
    organisationId: before.organisationId,
    before,
  });
}

export async function createSecret(tx: DbOrTx, actor: AuditActor, p: Principal, id: string) {
  const app = await getApplication(tx, p, id);
  if (app.revokedAt) throw conflict('application_revoked');
  if (app.secrets.filter((s) => !s.revokedAt).length >= 5) throw new AppError(409, 'application_secret_limit', { max: 5 });
  const secret = await addSecret(tx, id);
  await recordAudit(tx, actor, {
    action: 'partner_application.secret_create',
    entityType: 'partner_application',
    entityId: id,
    organisationId: app.organisationId,
    after: { secretId: secret.id },
  });
  return { id: secret.id, clientSecret: secret.secret };
}

export async function revokeSecret(tx: DbOrTx, actor: AuditActor, p: Principal, id: string, secretId: string) {
  const app = await getApplication(tx, p, id);
  const s = app.secrets.find((x) => x.id === secretId);
  if (!s) throw notFound();
  if (s.revokedAt) throw conflict('application_secret_revoked');
  await tx.update(partnerClientSecrets).set({ revokedAt: new Date() }).where(eq(partnerClientSecrets.id, secretId));
  await recordAudit(tx, actor, {
    action: 'partner_application.secret_revoke',
    entityType: 'partner_application',
    entityId: id,
    organisationId: app.organisationId,
    before: s,
  });
}
