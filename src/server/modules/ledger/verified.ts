// What other capabilities may ask the log: how far it has been independently verified (issue 9, quality.ledgerVerifiedShare).
import { sql } from 'drizzle-orm';
import { selectRows, type DbOrTx } from '../../db/database.js';

export type VerifiedExtent = {
  /** Entries [0, size) lie in a signed checkpoint published by `asOf` that the integrity monitor has verified. */
  size: number;
  /** Entry indices with an open (unacknowledged) entry_altered / entry_missing alarm: not verified whatever the size. */
  flagged: Set<number>;
};

/**
 * An entry counts as verified as of a moment when (1) a signed checkpoint published on or before that moment
 * covers it and (2) the integrity monitor has re-derived and checked the log at least that far, and
 * (3) no open alarm says the entry itself was altered or is missing.
 */
export async function verifiedExtent(db: DbOrTx, asOf: Date = new Date()): Promise<VerifiedExtent> {
  const [row] = await selectRows<{ published: string | null; checked: string | null }>(
    db,
    sql`select (select max(size) from ledger_checkpoints where created_at <= ${asOf.toISOString()}) as published,
               (select checked_size from ledger_state where id = 1) as checked`,
  );
  const size = Math.min(Number(row?.published ?? 0), Number(row?.checked ?? 0));
  const alarms = await selectRows<{ idx: string }>(
    db,
    sql`select idx from ledger_alarms where acknowledged_at is null and idx is not null and kind in ('entry_altered', 'entry_missing')`,
  );
  return { size, flagged: new Set(alarms.map((a) => Number(a.idx))) };
}
