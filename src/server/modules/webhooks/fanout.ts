import { randomUUID } from 'node:crypto';
import type { SQL } from 'drizzle-orm';
import type { Tx } from '../../db/database.js';
import { selectRows, sql } from '../../db/database.js';
import type { Principal } from '../../platform/auth/principal.js';
import type { StoredEvent } from '../../platform/events.js';
import { DELIVERY_CHANNEL } from './dispatch.js';
import type { OwnerRole } from './tables.js';

export const FANOUT_CONSUMER = 'webhooks.fanout';

type ActiveEndpoint = {
  id: string;
  organisation_id: string | null;
  region_code: string | null;
  owner_role: OwnerRole;
  created_by: string | null;
  event_types: string[];
  project_ids: string[] | null;
  region_codes: string[] | null;
};

/** The principal an endpoint receives events as: its organisation (or regulator's region, or admin). */
export function endpointPrincipal(e: Pick<ActiveEndpoint, 'owner_role' | 'organisation_id' | 'region_code' | 'created_by'>): Principal {
  return {
    userId: e.created_by ?? '00000000-0000-0000-0000-000000000000',
    username: 'webhook',
    displayName: 'webhook',
    role: e.owner_role,
    organisationId: e.organisation_id,
    regionCode: e.region_code,
    via: 'token',
    scopes: ['read'],
    mustChangePassword: false,
  };
}

/**
 * The event relay's consumer: one `webhook_deliveries` row per active endpoint × event it subscribes to and may see,
 * written in the relay's transaction together with the consumer's cursor — so each pair is queued exactly once, even
 * when an instance dies mid-batch (the batch is handled again from the unmoved cursor; the unique key absorbs nothing
 * because nothing of the failed batch committed).
 */
export function fanOutHandler(visibility: (p: Principal) => SQL) {
  return async (tx: Tx, events: StoredEvent[]): Promise<void> => {
    const endpoints = await selectRows<ActiveEndpoint>(
      tx,
      sql`select id, organisation_id, region_code, owner_role, created_by, event_types, project_ids, region_codes
            from webhook_endpoints where status = 'active'`,
    );
    if (!endpoints.length) return;
    const rows: SQL[] = [];
    for (const ep of endpoints) {
      const wanted = events.filter(
        (e) =>
          ep.event_types.includes(e.type) &&
          (!ep.project_ids || (e.projectId !== null && ep.project_ids.includes(e.projectId))) &&
          (!ep.region_codes || (e.regionCode !== null && ep.region_codes.includes(e.regionCode))),
      );
      if (!wanted.length) continue;
      let visible: Set<string>;
      if (ep.owner_role === 'admin') visible = new Set(wanted.map((e) => e.id));
      else {
        // The events module decides what a principal may see; the endpoint sees what its organisation sees.
        const ids = await selectRows<{ id: string }>(
          tx,
          sql`select events.id from events
               where events.id in (${sql.join(
                 wanted.map((e) => sql`${e.id}::uuid`),
                 sql`, `,
               )}) and (${visibility(endpointPrincipal(ep))})`,
        );
        visible = new Set(ids.map((r) => r.id));
      }
      for (const e of wanted) {
        if (visible.has(e.id)) rows.push(sql`(${randomUUID()}::uuid, ${ep.id}::uuid, ${e.id}::uuid, ${e.type}, now())`);
      }
    }
    if (!rows.length) return;
    for (let i = 0; i < rows.length; i += 1000) {
      await tx.execute(sql`insert into webhook_deliveries (id, endpoint_id, event_id, event_type, next_attempt_at)
        values ${sql.join(rows.slice(i, i + 1000), sql`, `)} on conflict (endpoint_id, event_id) do nothing`);
    }
    await tx.execute(sql`select pg_notify(${DELIVERY_CHANNEL}, '')`);
  };
}
