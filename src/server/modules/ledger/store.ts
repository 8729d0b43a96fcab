// SQL for the transparency log: entries, perfect-subtree hashes and signed checkpoints.
// Hashes travel as hex into SQL and come back as bytea; arrays are passed as PostgreSQL array literals
// so one statement writes a whole batch on both PGlite and PostgreSQL.
import { sql } from 'drizzle-orm';
import { selectRows, type DbOrTx } from '../../db/database.js';
import { toHex } from '../../../domain/ledger/bytes.js';
import type { HashReader, NodeId, StoredNode } from '../../../domain/ledger/merkle.js';

/** bytea as Uint8Array: node-postgres gives a Buffer, PGlite a Uint8Array. */
export function bytesOf(value: unknown): Uint8Array {
  if (value instanceof Uint8Array) return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  if (typeof value === 'string' && value.startsWith('\\x')) return new Uint8Array(Buffer.from(value.slice(2), 'hex'));
  throw new TypeError('expected bytea');
}

const arrayLiteral = (values: readonly (string | number)[]) => `{${values.join(',')}}`;

export class LedgerStorageError extends Error {
  override readonly name = 'LedgerStorageError';
}

/** HashReader over ledger_nodes: a whole proof plan is answered by one query. */
export function dbHashReader(db: DbOrTx): HashReader {
  const nodeHashes = async (ids: readonly NodeId[]): Promise<Uint8Array[]> => {
    if (ids.length === 0) return [];
    const rows = await selectRows<{ hash: unknown }>(
      db,
      sql`select n.hash from unnest(${arrayLiteral(ids.map((i) => i.level))}::smallint[], ${arrayLiteral(ids.map((i) => i.index))}::bigint[])
            with ordinality as q(level, idx, ord)
          left join ledger_nodes n on n.level = q.level and n.idx = q.idx
          order by q.ord`,
    );
    return rows.map((r, i) => {
      if (r.hash === null || r.hash === undefined) throw new LedgerStorageError(`node (${ids[i].level}, ${ids[i].index}) is missing`);
      return bytesOf(r.hash);
    });
  };
  return {
    nodeHashes,
    nodeHash: async (level, index) => (await nodeHashes([{ level, index }]))[0],
  };
}

export async function insertEntries(tx: DbOrTx, firstIndex: number, bodies: readonly Uint8Array[]): Promise<void> {
  if (bodies.length === 0) return;
  const idx = bodies.map((_, i) => firstIndex + i);
  await tx.execute(
    sql`insert into ledger_entries (idx, body)
        select i, decode(h, 'hex') from unnest(${arrayLiteral(idx)}::bigint[], ${arrayLiteral(bodies.map(toHex))}::text[]) as u(i, h)`,
  );
}

export async function insertNodes(tx: DbOrTx, nodes: readonly StoredNode[]): Promise<void> {
  if (nodes.length === 0) return;
  await tx.execute(
    sql`insert into ledger_nodes (level, idx, hash)
        select l, i, decode(h, 'hex')
        from unnest(${arrayLiteral(nodes.map((n) => n.level))}::smallint[], ${arrayLiteral(nodes.map((n) => n.index))}::bigint[], ${arrayLiteral(nodes.map((n) => toHex(n.hash)))}::text[]) as u(l, i, h)`,
  );
}

/**
 * Entries, their perfect-subtree nodes and the signed checkpoint of one batch in a single statement: one round
 * trip per batch instead of three, which matters when the batch transaction holds the append lock.
 */
export async function insertBatch(
  tx: DbOrTx,
  firstIndex: number,
  bodies: readonly Uint8Array[],
  nodes: readonly StoredNode[],
  checkpoint: { size: number; root: Uint8Array; note: string },
): Promise<void> {
  const idx = bodies.map((_, i) => firstIndex + i);
  await tx.execute(
    sql`with e as (
          insert into ledger_entries (idx, body)
          select i, decode(h, 'hex') from unnest(${arrayLiteral(idx)}::bigint[], ${arrayLiteral(bodies.map(toHex))}::text[]) as u(i, h)
        ), n as (
          insert into ledger_nodes (level, idx, hash)
          select l, i, decode(h, 'hex')
          from unnest(${arrayLiteral(nodes.map((x) => x.level))}::smallint[], ${arrayLiteral(nodes.map((x) => x.index))}::bigint[], ${arrayLiteral(nodes.map((x) => toHex(x.hash)))}::text[]) as u(l, i, h)
        )
        insert into ledger_checkpoints (size, root, note) values (${checkpoint.size}, decode(${toHex(checkpoint.root)}, 'hex'), ${checkpoint.note})`,
  );
}

export type StoredCheckpoint = { size: number; root: Uint8Array; note: string; createdAt: string };

function toCheckpoint(r: { size: string | number; root: unknown; note: string; created_at: Date | string }): StoredCheckpoint {
  return { size: Number(r.size), root: bytesOf(r.root), note: r.note, createdAt: new Date(r.created_at).toISOString() };
}

export async function latestCheckpoint(db: DbOrTx): Promise<StoredCheckpoint | null> {
  const rows = await selectRows<{ size: string; root: unknown; note: string; created_at: Date }>(
    db,
    sql`select size, root, note, created_at from ledger_checkpoints order by size desc limit 1`,
  );
  return rows[0] ? toCheckpoint(rows[0]) : null;
}

export async function checkpointAt(db: DbOrTx, size: number): Promise<StoredCheckpoint | null> {
  const rows = await selectRows<{ size: string; root: unknown; note: string; created_at: Date }>(
    db,
    sql`select size, root, note, created_at from ledger_checkpoints where size = ${size}`,
  );
  return rows[0] ? toCheckpoint(rows[0]) : null;
}

/** Checkpoints with size in (after, upTo], oldest first. */
export async function checkpointsAfter(db: DbOrTx, after: number, upTo: number, limit: number): Promise<StoredCheckpoint[]> {
  const rows = await selectRows<{ size: string; root: unknown; note: string; created_at: Date }>(
    db,
    sql`select size, root, note, created_at from ledger_checkpoints where size > ${after} and size <= ${upTo} order by size limit ${limit}`,
  );
  return rows.map(toCheckpoint);
}

export async function insertCheckpoint(tx: DbOrTx, size: number, root: Uint8Array, note: string): Promise<void> {
  await tx.execute(
    sql`insert into ledger_checkpoints (size, root, note) values (${size}, decode(${toHex(root)}, 'hex'), ${note}) on conflict do nothing`,
  );
}

export async function entryBody(db: DbOrTx, index: number): Promise<Uint8Array | null> {
  const rows = await selectRows<{ body: unknown }>(db, sql`select body from ledger_entries where idx = ${index}`);
  return rows[0] ? bytesOf(rows[0].body) : null;
}
