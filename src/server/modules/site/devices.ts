// Device registry: devices belong to a project; HJ 212 devices are known by MN + PW, HTTP/MQTT devices by a token.
// Secrets (token, PW) are stored as SHA-256 digests only.
import { randomUUID, timingSafeEqual } from 'node:crypto';
import { asc, eq, inArray } from 'drizzle-orm';
import { sql, type DbOrTx } from '../../db/database.js';
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

type LookupKind = 'token' | 'mn' | 'id';
type CacheEntry = { at: number; device: DeviceCredentials | null; refreshing: boolean };
type Waiter = { resolve(d: DeviceCredentials | null): void; reject(e: unknown): void };

/**
 * Looks devices up by token, MN or id with a short-lived cache: ingestion must not pay a query per message, and a
 * change (rotation, deactivation) reaches other instances within the TTL plus one lookup.
 *
 * Issue 22: 10,000 HJ 212 loggers reconnecting after a restart all miss the cache in the same second, and every
 * entry then expired in the same second again; each miss was one query through the pool shared with the reading
 * writer, so the writes waited behind 10,000 single-row lookups. Now concurrent misses of one turn of the event loop
 * are answered by one query (`= any(array)`), and an entry past its TTL is still served while one batched
 * re-lookup refreshes it (up to staleLimitMs, after which the caller waits for the database as on a miss).
 */
export class DeviceDirectory {
  private readonly cache = new Map<string, CacheEntry>();
  private readonly batches: Record<LookupKind, Map<string, Waiter[]>> = {
    token: new Map(),
    mn: new Map(),
    id: new Map(),
  };
  private readonly scheduled = new Set<LookupKind>();
  /** Keys per query: one text[] parameter, so only the statement's size bounds it. */
  private static readonly BATCH = 2000;
  readonly stats = { queries: 0, misses: 0, refreshes: 0 };
  constructor(
    private readonly db: DbOrTx,
    private readonly ttlMs = 10_000,
    private readonly staleLimitMs = 60_000,
  ) {}

  private lookup(kind: LookupKind, value: string): Promise<DeviceCredentials | null> {
    const key = `${kind[0]}:${value}`;
    const hit = this.cache.get(key);
    const now = Date.now();
    if (hit) {
      const age = now - hit.at;
      if (age < this.ttlMs) return Promise.resolve(hit.device);
      if (age < this.staleLimitMs) {
        if (!hit.refreshing) {
          hit.refreshing = true;
          this.stats.refreshes++;
          void this.enqueue(kind, value).catch(() => {
            hit.refreshing = false; // the next frame tries again
          });
        }
        return Promise.resolve(hit.device);
      }
    }
    this.stats.misses++;
    return this.enqueue(kind, value);
  }

  /** Joins the batch of this event-loop turn for `kind`; resolves with the device (cached) or null. */
  private enqueue(kind: LookupKind, value: string): Promise<DeviceCredentials | null> {
    return new Promise((resolve, reject) => {
      const batch = this.batches[kind];
      let waiters = batch.get(value);
      if (!waiters) batch.set(value, (waiters = []));
      waiters.push({ resolve, reject });
      if (this.scheduled.has(kind)) return;
      this.scheduled.add(kind);
      setImmediate(() => {
        this.scheduled.delete(kind);
        const all = [...batch.entries()];
        batch.clear();
        for (let i = 0; i < all.length; i += DeviceDirectory.BATCH) void this.load(kind, all.slice(i, i + DeviceDirectory.BATCH));
      });
    });
  }

  private async load(kind: LookupKind, entries: Array<[string, Waiter[]]>): Promise<void> {
    const values = entries.map(([v]) => v);
    let rows: DeviceRow[];
    try {
      this.stats.queries++;
      const where =
        kind === 'mn'
          ? sql`${siteDevices.mn} = any(${pgTextArray(values)}::text[])`
          : kind === 'id'
            ? sql`${siteDevices.id} = any(${pgTextArray(values)}::uuid[])`
            : sql`${siteDevices.tokenHash} = any(${pgTextArray(values.map((h) => `\\x${h}`))}::bytea[])`;
      rows = await this.db.select().from(siteDevices).where(where);
    } catch (err) {
      for (const [, waiters] of entries) for (const w of waiters) w.reject(err);
      return;
    }
    const found = new Map<string, DeviceRow>();
    for (const r of rows) {
      const v = kind === 'mn' ? r.mn : kind === 'id' ? r.id : r.tokenHash?.toString('hex');
      if (v) found.set(kind === 'id' ? v.toLowerCase() : v, r);
    }
    if (this.cache.size > 50_000) this.cache.clear();
    const at = Date.now();
    for (const [value, waiters] of entries) {
      const row = found.get(kind === 'id' ? value.toLowerCase() : value);
      const device = row && row.active ? credentials(row) : null;
      this.cache.set(`${kind[0]}:${value}`, { at, device, refreshing: false });
      for (const w of waiters) w.resolve(device);
    }
  }

  byToken(token: string): Promise<DeviceCredentials | null> {
    if (!token.startsWith(DEVICE_TOKEN_PREFIX) || token.length > 100) return Promise.resolve(null);
    return this.lookup('token', secretDigest(token).toString('hex'));
  }

  byMn(mn: string): Promise<DeviceCredentials | null> {
    if (mn.length > 64) return Promise.resolve(null);
    return this.lookup('mn', mn);
  }

  byId(id: string): Promise<DeviceCredentials | null> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return Promise.resolve(null);
    return this.lookup('id', id);
  }

  /** Forget everything cached (after a change made on this instance). */
  clear(): void {
    this.cache.clear();
  }
}

/** A PostgreSQL text[] literal with every element quoted, passed as one parameter. */
function pgTextArray(values: string[]): string {
  return `{${values.map((v) => `"${v.replace(/[\\"]/g, (c) => `\\${c}`)}"`).join(',')}}`;
}
