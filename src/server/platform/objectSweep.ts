// Objects without a row: a file is stored before the row that names it commits, so a crash (or a failed transaction
// whose cleanup could not reach the store) can leave an object nobody names. An hourly scheduled job, run by one
// instance, deletes objects no row names once they are older than the grace period.
import { inArray, isNotNull, and } from 'drizzle-orm';
import { Counter, Gauge } from 'prom-client';
import type { AppContext } from './context.js';
import { attachments } from './attachments.js';
import { sweepOrphans, type ObjectKeyspace } from './storage.js';

/** Longer than any upload takes from stored object to committed row. */
export const ORPHAN_GRACE_MS = 60 * 60 * 1000;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The attachments table's files: four kinds are named by their row id, applications and photos by storage_path. */
export function attachmentKeyspaces(ctx: AppContext): ObjectKeyspace[] {
  const byId = (prefix: string): ObjectKeyspace => ({
    prefix,
    async referenced(keys) {
      const ids = [...new Set(keys.map((k) => k.split('/').pop()!).filter((id) => UUID.test(id)))];
      if (!ids.length) return new Set();
      const rows = await ctx.db.select({ id: attachments.id }).from(attachments).where(inArray(attachments.id, ids));
      const known = new Set(rows.map((r) => r.id));
      return new Set(keys.filter((k) => known.has(k.split('/').pop()!)));
    },
  });
  const byPath = (prefix: string, strip: string): ObjectKeyspace => ({
    prefix,
    async referenced(keys) {
      const paths = keys.map((k) => k.slice(strip.length));
      const rows = await ctx.db
        .select({ p: attachments.storagePath })
        .from(attachments)
        .where(and(isNotNull(attachments.storagePath), inArray(attachments.storagePath, paths)));
      const known = new Set(rows.map((r) => r.p));
      return new Set(keys.filter((k) => known.has(k.slice(strip.length))));
    },
  });
  return [
    byId('quality/'),
    byId('tracking/'),
    byId('practices/'),
    byId('evaluation/'),
    byPath('attachments/', 'attachments/'),
    byPath('supervision/photos/', ''),
  ];
}

export function installObjectSweep(ctx: AppContext): void {
  for (const space of attachmentKeyspaces(ctx)) ctx.objectKeyspaces.register(space);
  const removedTotal = new Counter({
    name: 'greenbuild_storage_orphans_removed_total',
    help: 'Stored objects no database row named, deleted by the hourly sweep',
    registers: [ctx.metrics.registry],
  });
  new Gauge({
    name: 'greenbuild_storage_available',
    help: '1 when the last call to the object store (STORAGE_URL or DATA_DIR) succeeded, 0 when it failed',
    registers: [ctx.metrics.registry],
    collect() {
      this.set(ctx.objects.state.available ? 1 : 0);
    },
  });
  ctx.scheduler.add({
    name: 'storage.orphans',
    everyMs: 3_600_000,
    run: async () => removedTotal.inc(await sweepOrphans(ctx.objects, ctx.objectKeyspaces, ORPHAN_GRACE_MS)),
  });
}
