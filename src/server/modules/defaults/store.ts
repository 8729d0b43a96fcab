import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import { recordAudit, type AuditActor } from '../../platform/audit.js';
import { defaultAdoptions, type DefaultKind } from './tables.js';

export type AdoptionRow = typeof defaultAdoptions.$inferSelect;
export type Adoption = {
  id: string;
  kind: DefaultKind;
  key: string;
  regionCode: string;
  value: number | null;
  adoptedByName: string;
  organisationName: string | null;
  adoptedAt: string;
  /** What the page shows, e.g. "湖南省住房和城乡建设厅 2026-12-07 采用" (China calendar day). */
  label: string;
};

const chinaDay = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

export function adoptionOut(r: AdoptionRow): Adoption {
  const who = r.organisationName ?? r.adoptedByName;
  return {
    id: r.id,
    kind: r.kind,
    key: r.key,
    regionCode: r.regionCode,
    value: r.value,
    adoptedByName: r.adoptedByName,
    organisationName: r.organisationName,
    adoptedAt: r.adoptedAt.toISOString(),
    label: `${who} ${chinaDay(r.adoptedAt)} ${r.value === null ? '采用' : `修改为 ${r.value} 并采用`}`,
  };
}

/** Adoptions of one kind, for some regions (null: every region), in key order. */
export async function adoptionsOf(db: DbOrTx, kind: DefaultKind, regionCodes: string[] | null): Promise<Adoption[]> {
  const rows = await db
    .select()
    .from(defaultAdoptions)
    .where(
      and(
        eq(defaultAdoptions.kind, kind),
        regionCodes === null ? undefined : inArray(defaultAdoptions.regionCode, regionCodes.length ? regionCodes : ['']),
      ),
    )
    .orderBy(asc(defaultAdoptions.key), asc(defaultAdoptions.regionCode));
  return rows.map(adoptionOut);
}

/** Records that a region adopts a default (as published, or with its own value); the audit log keeps every decision. */
export async function adoptDefault(
  tx: DbOrTx,
  actor: AuditActor,
  input: {
    kind: DefaultKind;
    key: string;
    regionCode: string;
    value: number | null;
    adoptedBy: string | null;
    adoptedByName: string;
    organisationName: string | null;
  },
  now = new Date(),
): Promise<Adoption> {
  const [before] = await tx
    .select()
    .from(defaultAdoptions)
    .where(
      and(eq(defaultAdoptions.kind, input.kind), eq(defaultAdoptions.key, input.key), eq(defaultAdoptions.regionCode, input.regionCode)),
    )
    .for('update');
  const values = {
    value: input.value,
    adoptedBy: input.adoptedBy,
    adoptedByName: input.adoptedByName,
    organisationName: input.organisationName,
    adoptedAt: now,
  };
  const [row] = before
    ? await tx.update(defaultAdoptions).set(values).where(eq(defaultAdoptions.id, before.id)).returning()
    : await tx
        .insert(defaultAdoptions)
        .values({ id: randomUUID(), kind: input.kind, key: input.key, regionCode: input.regionCode, ...values })
        .returning();
  await recordAudit(tx, actor, {
    action: 'default.adopt',
    entityType: 'default_adoption',
    entityId: row!.id,
    regionCode: input.regionCode,
    before: before ? { value: before.value, adoptedAt: before.adoptedAt.toISOString(), adoptedByName: before.adoptedByName } : null,
    after: { kind: input.kind, key: input.key, value: input.value, adoptedByName: input.adoptedByName },
  });
  return adoptionOut(row!);
}

/** Withdraws a region's adoption (the published default applies again, unadopted). */
export async function withdrawAdoption(tx: DbOrTx, actor: AuditActor, row: AdoptionRow): Promise<void> {
  await tx.delete(defaultAdoptions).where(eq(defaultAdoptions.id, row.id));
  await recordAudit(tx, actor, {
    action: 'default.withdraw',
    entityType: 'default_adoption',
    entityId: row.id,
    regionCode: row.regionCode,
    before: { kind: row.kind, key: row.key, value: row.value, adoptedByName: row.adoptedByName },
  });
}

export async function adoptionRow(db: DbOrTx, id: string): Promise<AdoptionRow | null> {
  const [row] = await db.select().from(defaultAdoptions).where(eq(defaultAdoptions.id, id));
  return row ?? null;
}
