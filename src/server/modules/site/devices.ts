// Device registry: devices belong to a project; HJ 212 devices are known by MN + PW, HTTP/MQTT devices by a token.
// Secrets (token, PW) are stored as SHA-256 digests only.
import { randomUUID, timingSafeEqual } from 'node:crypto';
import { asc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import { newSecret, secretDigest } from '../../platform/auth/secrets.js';
import { recordAudit, type AuditActor } from '../../platform/audit.js';
import { invalidField, notFound } from '../../platform/errors.js';
import type { ProjectRef } from '../projects/index.js';
import { siteDevices, type DeviceKind, type Protocol } from './tables.js';
import { recordEvent } from '../../platform/events.js';
import { deviceRegistered } from './events.js';

export const DEVICE_TOKEN_PREFIX = 'gbd_';

export type DeviceInput = {
  name: string;
  kind: DeviceKind;
  protocols: Protocol[];
  mn?: string | null;
  hj212Password?: string | null;
  metrics?: string[];
  location?: string | null;
  lenientCrc?: boolean;
  offlineAfterS?: number;
};
export type DevicePatch = Partial<Omit<DeviceInput, 'mn' | 'hj212Password'>> & {
  active?: boolean;
  mn?: string | null;
  hj212Password?: string | null;
};

type DeviceRow = typeof siteDevices.$inferSelect;

/** Online when heard from within its offline threshold. */
export function deviceStatus(
  d: Pick<DeviceRow, 'lastSeenAt' | 'offlineAfterS' | 'active'>,
  now = Date.now(),
): 'online' | 'offline' | 'never' | 'inactive' {
  if (!d.active) return 'inactive';
  if (!d.lastSeenAt) return 'never';
  return now - d.lastSeenAt.getTime() <= d.offlineAfterS * 1000 ? 'online' : 'offline';
}

export function deviceView(d: DeviceRow) {
  return {
    id: d.id,
    projectId: d.projectId,
    name: d.name,
    kind: d.kind,
    protocols: d.protocols,
    mn: d.mn,
    hasHj212Password: d.hj212PasswordHash !== null,
    tokenPrefix: d.tokenPrefix,
    metrics: d.metrics,
    location: d.location,
    lenientCrc: d.lenientCrc,
    offlineAfterS: d.offlineAfterS,
    active: d.active,
    status: deviceStatus(d),
    lastSeenAt: d.lastSeenAt?.toISOString() ?? null,
    acceptedCount: 0, // filled in from the rollups by the listing
    rejectedCount: Number(d.rejectedCount),
    isDemo: d.isDemo,
    createdAt: d.createdAt.toISOString(),
  };
}
export type DeviceView = ReturnType<typeof deviceView>;

function auditView(d: DeviceRow) {
  const { hj212PasswordHash: _p, tokenHash: _t, ...rest } = d;
  return rest;
}

function newDeviceToken() {
  const token = DEVICE_TOKEN_PREFIX + newSecret();
  return { token, hash: secretDigest(token), prefix: token.slice(0, 10) };
}

function checkProtocols(input: { protocols?: Protocol[]; mn?: string | null }, hasPassword: boolean) {
  if (input.protocols?.includes('hj212')) {
    if (!input.mn) throw invalidField('mn', 'hj212_needs_mn');
    if (!hasPassword) throw invalidField('hj212Password', 'hj212_needs_password');
  }
}

async function assertMnFree(tx: DbOrTx, mn: string, exceptId?: string) {
  const rows = await tx.select({ id: siteDevices.id }).from(siteDevices).where(eq(siteDevices.mn, mn));
  if (rows.some((r) => r.id !== exceptId)) throw invalidField('mn', 'mn_taken');
}

/** Registers a device; the token (for HTTP/MQTT) is returned once and only its digest is kept. */
export async function createDevice(
  tx: DbOrTx,
  actor: AuditActor,
  project: ProjectRef,
  input: DeviceInput,
  opts: { isDemo?: boolean; token?: string } = {},
) {
  checkProtocols(input, !!input.hj212Password);
  if (input.mn) await assertMnFree(tx, input.mn);
  const needsToken = input.protocols.some((p) => p !== 'hj212');
  const token = needsToken
    ? opts.token
      ? { token: opts.token, hash: secretDigest(opts.token), prefix: opts.token.slice(0, 10) }
      : newDeviceToken()
    : null;
  const [row] = await tx
    .insert(siteDevices)
    .values({
      id: randomUUID(),
      projectId: project.id,
      name: input.name,
      kind: input.kind,
      protocols: [...new Set(input.protocols)],
      mn: input.mn ?? null,
      hj212PasswordHash: input.hj212Password ? secretDigest(input.hj212Password) : null,
      tokenHash: token?.hash ?? null,
      tokenPrefix: token?.prefix ?? null,
      metrics: input.metrics ?? [],
      location: input.location ?? null,
      lenientCrc: input.lenientCrc ?? false,
      offlineAfterS: input.offlineAfterS ?? 900,
      isDemo: opts.isDemo ?? false,
    })
    .returning();
  await recordAudit(tx, actor, {
    action: 'site.device.create',
    entityType: 'site_device',
    entityId: row!.id,
    regionCode: project.regionCode,
    organisationId: project.ownerOrganisationId,
    after: auditView(row!),
  });
  await recordEvent(tx, deviceRegistered, {
    subject: `/projects/${project.id}/devices/${row!.id}`,
    data: { projectId: project.id, deviceId: row!.id, name: row!.name, kind: row!.kind, protocols: row!.protocols },
    projectId: project.id,
    organisationId: project.ownerOrganisationId,
    regionCode: project.regionCode,
  });
  return { device: deviceView(row!), token: token?.token ?? null };
}

export async function getDeviceRow(db: DbOrTx, id: string): Promise<DeviceRow | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const [row] = await db.select().from(siteDevices).where(eq(siteDevices.id, id));
  return row ?? null;
}

export async function listDevices(db: DbOrTx, projectIds: string[]): Promise<DeviceRow[]> {
  if (!projectIds.length) return [];
  return db
    .select()
    .from(siteDevices)
    .where(inArray(siteDevices.projectId, projectIds))
    .orderBy(asc(siteDevices.createdAt), asc(siteDevices.name));
}

export async function updateDevice(tx: DbOrTx, actor: AuditActor, project: ProjectRef, id: string, patch: DevicePatch) {
  const before = await getDeviceRow(tx, id);
  if (!before || before.projectId !== project.id) throw notFound();
  const protocols = patch.protocols ?? before.protocols;
  const mn = patch.mn === undefined ? before.mn : patch.mn;
  checkProtocols({ protocols, mn }, patch.hj212Password ? true : patch.hj212Password === null ? false : before.hj212PasswordHash !== null);
  if (mn && mn !== before.mn) await assertMnFree(tx, mn, id);
  const set: Partial<typeof siteDevices.$inferInsert> = { updatedAt: new Date() };
  if (patch.name !== undefined) set.name = patch.name;
  if (patch.kind !== undefined) set.kind = patch.kind;
  if (patch.protocols !== undefined) set.protocols = [...new Set(patch.protocols)];
  if (patch.mn !== undefined) set.mn = patch.mn;
  if (patch.hj212Password !== undefined) set.hj212PasswordHash = patch.hj212Password ? secretDigest(patch.hj212Password) : null;
  if (patch.metrics !== undefined) set.metrics = patch.metrics;
  if (patch.location !== undefined) set.location = patch.location;
  if (patch.lenientCrc !== undefined) set.lenientCrc = patch.lenientCrc;
  if (patch.offlineAfterS !== undefined) set.offlineAfterS = patch.offlineAfterS;
  if (patch.active !== undefined) set.active = patch.active;
  const [after] = await tx.update(siteDevices).set(set).where(eq(siteDevices.id, id)).returning();
  await recordAudit(tx, actor, {
    action: 'site.device.update',
    entityType: 'site_device',
    entityId: id,
    regionCode: project.regionCode,
    organisationId: project.ownerOrganisationId,
    before: auditView(before),
    after: auditView(after!),
  });
  return deviceView(after!);
}

/** Issues a new token; the old one stops working at once on this instance and within the cache TTL elsewhere. */
export async function rotateDeviceToken(tx: DbOrTx, actor: AuditActor, project: ProjectRef, id: string) {
  const before = await getDeviceRow(tx, id);
  if (!before || before.projectId !== project.id) throw notFound();
  const token = newDeviceToken();
  const [after] = await tx
    .update(siteDevices)
    .set({ tokenHash: token.hash, tokenPrefix: token.prefix, updatedAt: new Date() })
    .where(eq(siteDevices.id, id))
    .returning();
  await recordAudit(tx, actor, {
    action: 'site.device.rotate_token',
    entityType: 'site_device',
    entityId: id,
    regionCode: project.regionCode,
    organisationId: project.ownerOrganisationId,
    before: { tokenPrefix: before.tokenPrefix },
    after: { tokenPrefix: token.prefix },
  });
  return { device: deviceView(after!), token: token.token };
}

/** What the ingestion paths need to know about a device, cached briefly. */
export type DeviceCredentials = {
  id: string;
  projectId: string;
  name: string;
  protocols: Protocol[];
  mn: string | null;
  pwHash: Buffer | null;
  tokenHash: Buffer | null;
  metrics: Set<string> | null;
  lenientCrc: boolean;
};

function credentials(r: DeviceRow): DeviceCredentials {
  return {
    id: r.id,
    projectId: r.projectId,
    name: r.name,
    protocols: r.protocols,
    mn: r.mn,
    pwHash: r.hj212PasswordHash,
    tokenHash: r.tokenHash,
    metrics: r.metrics.length ? new Set(r.metrics) : null,
    lenientCrc: r.lenientCrc,
  };
}

/** Constant-time check of a device token against the stored digest. */
export function tokenMatches(device: DeviceCredentials, token: unknown): boolean {
  if (!device.tokenHash || typeof token !== 'string') return false;
  return timingSafeEqual(device.tokenHash, secretDigest(token));
}

/** Constant-time check of an HJ 212 PW against the stored digest. */
export function passwordMatches(device: DeviceCredentials, pw: string | undefined): boolean {
  if (!device.pwHash || pw === undefined) return false;
  return timingSafeEqual(device.pwHash, secretDigest(pw));
}

/**
 * Looks devices up by token, MN or id with a short-lived cache: ingestion must not pay a query per message, and a
 * change (rotation, deactivation) reaches other instances within the TTL.
 */
export class DeviceDirectory {
  private readonly cache = new Map<string, { at: number; device: DeviceCredentials | null }>();
  constructor(
    private readonly db: DbOrTx,
    private readonly ttlMs = 10_000,
  ) {}

  private async lookup(key: string, load: () => Promise<DeviceRow | undefined>): Promise<DeviceCredentials | null> {
    const hit = this.cache.get(key);
    if (hit && Date.now() - hit.at < this.ttlMs) return hit.device;
    const row = await load();
    const device = row && row.active ? credentials(row) : null;
    if (this.cache.size > 50_000) this.cache.clear();
    this.cache.set(key, { at: Date.now(), device });
    return device;
  }

  byToken(token: string): Promise<DeviceCredentials | null> {
    if (!token.startsWith(DEVICE_TOKEN_PREFIX) || token.length > 100) return Promise.resolve(null);
    const digest = secretDigest(token);
    return this.lookup(
      `t:${digest.toString('hex')}`,
      async () => (await this.db.select().from(siteDevices).where(eq(siteDevices.tokenHash, digest)))[0],
    );
  }

  byMn(mn: string): Promise<DeviceCredentials | null> {
    if (mn.length > 64) return Promise.resolve(null);
    return this.lookup(`m:${mn}`, async () => (await this.db.select().from(siteDevices).where(eq(siteDevices.mn, mn)))[0]);
  }

  byId(id: string): Promise<DeviceCredentials | null> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return Promise.resolve(null);
    return this.lookup(`i:${id}`, async () => (await this.db.select().from(siteDevices).where(eq(siteDevices.id, id)))[0]);
  }

  /** Forget everything cached (after a change made on this instance). */
  clear(): void {
    this.cache.clear();
  }
}
