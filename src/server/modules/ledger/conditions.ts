import type { DbOrTx } from '../../db/database.js';
import { selectRows, sql } from '../../db/database.js';
import type { OpenCondition } from '../../platform/todos.js';

/** Integrity alarms of the quality ledger nobody has acknowledged, for the notification rule. */
export async function openIntegrityAlarms(db: DbOrTx): Promise<OpenCondition[]> {
  const rows = await selectRows<{ id: string; detail: string }>(
    db,
    sql`select id::text as id, detail from ledger_alarms where acknowledged_at is null order by id limit 1000`,
  );
  return rows.map((r) => ({
    key: `ledger:${r.id}`,
    projectId: null,
    params: { detail_zh: r.detail, detail_en: r.detail },
    link: '/verify',
  }));
}
