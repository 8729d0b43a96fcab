// The log's own monitor: re-derives what was signed from what is stored, so a row changed behind the
// application's back (an UPDATE in psql, a restored backup, a disabled trigger) raises an alarm.
//
// Each run: (1) every checkpoint published since the last run has a valid signature, its root equals the root
// recomputed from the stored nodes, and it is consistent with the previous verified checkpoint (RFC 9162
// §2.1.4); (2) a window of entries is re-hashed against the stored leaf hashes and every stored node whose
// span starts in the window is recomputed from its children. The window advances each run and wraps, so the
// whole log is re-verified every size/budget runs.
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { selectRows } from '../../db/database.js';
import { bytesEqual, toHex } from '../../../domain/ledger/bytes.js';
import { openCheckpoint } from '../../../domain/ledger/checkpoint.js';
import { CompactRange, leafHash, nodeHash, verifyConsistency } from '../../../domain/ledger/merkle.js';
import type { Ledger } from './ledger.js';
import { bytesOf, checkpointsAfter, dbHashReader, latestCheckpoint } from './store.js';

export type AlarmKind = 'entry_altered' | 'entry_missing' | 'node_altered' | 'root_mismatch' | 'checkpoint_invalid' | 'inconsistent';
export type Finding = { kind: AlarmKind; level: number | null; index: number | null; detail: string };
export type CheckReport = {
  treeSize: number;
  checkpointsVerified: number;
  entriesChecked: number;
  nodesChecked: number;
  window: [number, number];
  findings: Finding[];
  ok: boolean;
  ms: number;
};

export const DEFAULT_CHECK_BUDGET = 20_000;
const CHECKPOINTS_PER_RUN = 2_000;

type State = { check_cursor: string; checked_size: string; checked_root: unknown };

export async function runIntegrityCheck(db: Db, ledger: Ledger, opts: { budget?: number } = {}): Promise<CheckReport> {
  const started = performance.now();
  const budget = opts.budget ?? DEFAULT_CHECK_BUDGET;
  const findings: Finding[] = [];
  const reader = dbHashReader(db);
  const head = await latestCheckpoint(db);
  const treeSize = head?.size ?? 0;
  const [state] = await selectRows<State>(db, sql`select check_cursor, checked_size, checked_root from ledger_state where id = 1`);
  let verifiedSize = Number(state?.checked_size ?? 0);
  let verifiedRoot = state?.checked_root ? bytesOf(state.checked_root) : CompactRange.empty().root();

  // (1) Checkpoints since the last run, oldest first, each against the previous one.
  let checkpointsVerified = 0;
  if (treeSize < verifiedSize) {
    findings.push({ kind: 'inconsistent', level: null, index: null, detail: `log shrank from ${verifiedSize} to ${treeSize} entries` });
  } else {
    for (const cp of await checkpointsAfter(db, verifiedSize, treeSize, CHECKPOINTS_PER_RUN)) {
      let signed;
      try {
        signed = openCheckpoint(cp.note, ledger.verifierKey, { origin: ledger.origin });
      } catch (err) {
        findings.push({
          kind: 'checkpoint_invalid',
          level: null,
          index: cp.size,
          detail: `checkpoint ${cp.size}: ${(err as Error).message}`,
        });
        break;
      }
      if (signed.size !== cp.size || !bytesEqual(signed.root, cp.root)) {
        findings.push({
          kind: 'checkpoint_invalid',
          level: null,
          index: cp.size,
          detail: `checkpoint row ${cp.size} differs from its signed note`,
        });
        break;
      }
      let stored: Uint8Array;
      try {
        stored = (await CompactRange.load(reader, cp.size)).root();
      } catch (err) {
        findings.push({ kind: 'root_mismatch', level: null, index: cp.size, detail: `tree ${cp.size}: ${(err as Error).message}` });
        break;
      }
      if (!bytesEqual(stored, signed.root)) {
        findings.push({
          kind: 'root_mismatch',
          level: null,
          index: cp.size,
          detail: `stored nodes give root ${toHex(stored)} for size ${cp.size}, signed root is ${toHex(signed.root)}`,
        });
        break;
      }
      const proof = await ledger.consistencyProof(verifiedSize, cp.size, db);
      if (!verifyConsistency(verifiedSize, cp.size, proof, verifiedRoot, signed.root)) {
        findings.push({
          kind: 'inconsistent',
          level: null,
          index: cp.size,
          detail: `checkpoint ${cp.size} is not an extension of ${verifiedSize}`,
        });
        break;
      }
      verifiedSize = cp.size;
      verifiedRoot = signed.root;
      checkpointsVerified++;
    }
  }

  // (2) A window of entries and the nodes that start in it.
  let a = Number(state?.check_cursor ?? 0);
  if (a >= treeSize) a = 0;
  const b = Math.min(treeSize, a + budget);
  let entriesChecked = 0;
  let nodesChecked = 0;
  if (b > a) {
    const leaves = await selectRows<{ idx: string; body: unknown; hash: unknown }>(
      db,
      sql`select s.i::text as idx, e.body, n.hash
          from generate_series(${a}::bigint, ${b - 1}::bigint) as s(i)
          left join ledger_entries e on e.idx = s.i
          left join ledger_nodes n on n.level = 0 and n.idx = s.i
          order by s.i`,
    );
    for (const row of leaves) {
      const index = Number(row.idx);
      entriesChecked++;
      if (row.body === null || row.hash === null) {
        findings.push({ kind: 'entry_missing', level: 0, index, detail: `entry ${index} or its leaf hash is missing` });
        continue;
      }
      if (!bytesEqual(leafHash(bytesOf(row.body)), bytesOf(row.hash))) {
        findings.push({ kind: 'entry_altered', level: 0, index, detail: `entry ${index} no longer hashes to its leaf hash` });
      }
    }
    // Node (L, i) starts at leaf i·2^L: per level, the index range starting inside [a, b) (index-friendly).
    const levels: number[] = [];
    const los: number[] = [];
    const his: number[] = [];
    for (let level = 1, width = 2; width <= treeSize; level++, width *= 2) {
      const lo = Math.ceil(a / width);
      const hi = Math.ceil(b / width);
      if (hi > lo) {
        levels.push(level);
        los.push(lo);
        his.push(hi);
      }
    }
    const list = (v: number[]) => `{${v.join(',')}}`;
    const nodes = levels.length
      ? await selectRows<{ level: number; idx: string; hash: unknown; l: unknown; r: unknown }>(
          db,
          sql`select p.level::int as level, p.idx::text as idx, p.hash, l.hash as l, r.hash as r
              from unnest(${list(levels)}::smallint[], ${list(los)}::bigint[], ${list(his)}::bigint[]) as q(level, lo, hi)
              join ledger_nodes p on p.level = q.level and p.idx >= q.lo and p.idx < q.hi
              left join ledger_nodes l on l.level = p.level - 1 and l.idx = 2 * p.idx
              left join ledger_nodes r on r.level = p.level - 1 and r.idx = 2 * p.idx + 1`,
        )
      : [];
    for (const row of nodes) {
      nodesChecked++;
      const index = Number(row.idx);
      if (row.l === null || row.r === null || !bytesEqual(nodeHash(bytesOf(row.l), bytesOf(row.r)), bytesOf(row.hash))) {
        findings.push({
          kind: 'node_altered',
          level: row.level,
          index,
          detail: `node (${row.level}, ${index}) does not match its children`,
        });
      }
    }
  }
  const nextCursor = b >= treeSize ? 0 : b;
  const ok = findings.length === 0;
  const ms = Math.round(performance.now() - started);

  await db.transaction(async (tx) => {
    for (const f of findings) {
      await tx.execute(
        sql`insert into ledger_alarms (kind, level, idx, tree_size, detail) values (${f.kind}, ${f.level}, ${f.index}, ${treeSize}, ${f.detail}) on conflict do nothing`,
      );
    }
    if (findings.length) await tx.execute(sql`select pg_notify('ledger_alarm', ${String(findings.length)})`);
    await tx.execute(
      sql`update ledger_state set check_cursor = ${nextCursor}, checked_size = ${verifiedSize}, checked_root = decode(${toHex(verifiedRoot)}, 'hex'),
            last_check_at = now(), last_check_ok = ${ok}, last_check_entries = ${entriesChecked}, last_check_ms = ${ms}
          where id = 1`,
    );
  });
  return { treeSize, checkpointsVerified, entriesChecked, nodesChecked, window: [a, b], findings, ok, ms };
}
