// The append path of the transparency log: one writer at a time across every instance (a transaction-scoped
// advisory lock), group commit within an instance (all appends queued while a batch commits go into the next
// batch, one transaction and one signed checkpoint each), and every append answered only after its commit.
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Db, DbOrTx, Tx } from '../../db/database.js';
import { selectRows } from '../../db/database.js';
import { CompactRange, consistencyProof, inclusionProof, leafHash } from '../../../domain/ledger/merkle.js';
import { signCheckpoint } from '../../../domain/ledger/checkpoint.js';
import type { LogKey } from './signingKey.js';
import { dbHashReader, insertBatch, insertCheckpoint, latestCheckpoint } from './store.js';

/** The advisory lock every appender on this database takes inside its append transaction. */
export const APPEND_LOCK_KEY = createHash('sha256').update('greenbuild:ledger:append').digest().readBigInt64BE(0).toString();

/** Upper bound on one batch, so a backlog does not become one enormous transaction. */
const MAX_BATCH = 4096;

/** Work done inside the append transaction for one entry (e.g. the quality record that cites the index). */
export type AppendWrite = (tx: Tx, index: number) => Promise<void>;

export type Appended = { index: number; treeSize: number; checkpoint: string };

type Pending = { body: Uint8Array; write?: AppendWrite; resolve(a: Appended): void; reject(err: unknown): void };

export class LedgerKeyMismatchError extends Error {
  override readonly name = 'LedgerKeyMismatchError';
}

export class Ledger {
  private queue: Pending[] = [];
  private flushing: Promise<void> | null = null;

  constructor(
    readonly db: Db,
    readonly key: LogKey,
  ) {}

  get origin(): string {
    return this.key.origin;
  }
  get verifierKey(): string {
    return this.key.verifierKey;
  }

  /**
   * Registers this instance's key with the database (the first instance wins) and makes sure the empty log has
   * a signed checkpoint. A different key on the same database would publish checkpoints nobody can verify
   * with the published key, so that refuses to start.
   */
  async open(): Promise<void> {
    await this.db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(${APPEND_LOCK_KEY}::bigint)`);
      await tx.execute(
        sql`insert into ledger_state (id, origin, verifier_key) values (1, ${this.key.origin}, ${this.key.verifierKey}) on conflict (id) do nothing`,
      );
      const [state] = await selectRows<{ origin: string; verifier_key: string }>(
        tx,
        sql`select origin, verifier_key from ledger_state where id = 1`,
      );
      if (state.verifier_key !== this.key.verifierKey || state.origin !== this.key.origin) {
        throw new LedgerKeyMismatchError(
          `This database's quality ledger is ${state.origin} signed by ${state.verifier_key}, but this instance has ${this.key.origin} / ${this.key.verifierKey}. ` +
            'Give every instance the same LEDGER_SIGNING_KEY (and LEDGER_ORIGIN).',
        );
      }
      if (!(await latestCheckpoint(tx))) {
        const root = CompactRange.empty().root();
        await insertCheckpoint(tx, 0, root, signCheckpoint({ origin: this.key.origin, size: 0, root }, this.key.signer));
      }
    });
  }

  /** Appends one entry; resolves once the batch holding it has committed (durable) with a signed checkpoint. */
  append(body: Uint8Array, write?: AppendWrite): Promise<Appended> {
    return new Promise<Appended>((resolve, reject) => {
      this.queue.push({ body, write, resolve, reject });
      this.kick();
    });
  }

  private kick(): void {
    if (this.flushing) return;
    this.flushing = (async () => {
      while (this.queue.length > 0) {
        const batch = this.queue.splice(0, MAX_BATCH);
        await this.commitBatch(batch);
      }
    })().finally(() => {
      this.flushing = null;
      if (this.queue.length > 0) this.kick();
    });
  }

  /** Waits for queued appends (shutdown). */
  async drain(): Promise<void> {
    while (this.flushing) await this.flushing;
  }

  private async commitBatch(batch: Pending[]): Promise<void> {
    const accepted: Pending[] = [];
    const failed: Array<{ item: Pending; err: unknown }> = [];
    let result: { first: number; size: number; checkpoint: string } | null = null;
    try {
      result = await this.db.transaction(async (tx) => {
        accepted.length = 0;
        failed.length = 0;
        await tx.execute(sql`select pg_advisory_xact_lock(${APPEND_LOCK_KEY}::bigint)`);
        // Read the head only after taking the lock: another instance may have appended a moment ago.
        const head = await latestCheckpoint(tx);
        const first = head?.size ?? 0;
        const range = await CompactRange.load(dbHashReader(tx), first);
        for (const item of batch) {
          if (!item.write) {
            accepted.push(item);
            continue;
          }
          const index = first + accepted.length;
          try {
            // A savepoint per entry: one bad record fails alone instead of failing its whole batch.
            await tx.transaction(async (sp) => item.write!(sp, index));
            accepted.push(item);
          } catch (err) {
            failed.push({ item, err });
          }
        }
        if (accepted.length === 0) return null;
        const { nodes, root, range: next } = range.append(accepted.map((p) => leafHash(p.body)));
        const checkpoint = signCheckpoint({ origin: this.key.origin, size: next.size, root }, this.key.signer);
        await insertBatch(
          tx,
          first,
          accepted.map((p) => p.body),
          nodes,
          { size: next.size, root, note: checkpoint },
        );
        return { first, size: next.size, checkpoint };
      });
    } catch (err) {
      for (const item of batch) item.reject(err);
      return;
    }
    for (const { item, err } of failed) item.reject(err);
    if (result) {
      const { first, size, checkpoint } = result;
      accepted.forEach((item, i) => item.resolve({ index: first + i, treeSize: size, checkpoint }));
    }
  }

  async treeSize(db: DbOrTx = this.db): Promise<number> {
    return (await latestCheckpoint(db))?.size ?? 0;
  }

  inclusionProof(index: number, treeSize: number, db: DbOrTx = this.db): Promise<Uint8Array[]> {
    return inclusionProof(dbHashReader(db), index, treeSize);
  }

  consistencyProof(from: number, to: number, db: DbOrTx = this.db): Promise<Uint8Array[]> {
    return consistencyProof(dbHashReader(db), from, to);
  }
}

// One Ledger (and so one append queue) per database handle, shared by every module of an instance.
const ledgers = new WeakMap<object, Ledger>();

export function registerLedger(database: object, ledger: Ledger): void {
  ledgers.set(database, ledger);
}

/** The instance's ledger, for modules that append (quality records) or seed demo data. */
export function ledgerOf(database: object): Ledger | undefined {
  return ledgers.get(database);
}
