// `npm run bench -- ledger [--size 1000000] [--seconds 10] [--concurrency 512] [--proofs 3000] [--keep]`
//
// On PostgreSQL (DATABASE_URL, default postgres://postgres@127.0.0.1:5432/postgres), in a fresh database:
//   1. builds a log of --size entries quickly: quality-record entries, leaves and perfect-subtree nodes computed
//      with CompactRange and bulk-inserted, one signed checkpoint at the end;
//   2. durable appends/s through the real append path (advisory lock, group commit, signed checkpoint per batch,
//      synchronous_commit as configured) with --concurrency appends in flight, and the same path with one
//      append per transaction as the baseline;
//   3. inclusion-proof time (one batched node read + rehash) for random entries of the full tree, p50/p99.
// Goals (issue 8): ≥ 5,000 appends/s on this machine (Tessera publishes ~2,900/s on 12 cores); proof p99 < 5 ms.
import os from 'node:os';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { openDatabase, selectRows } from '../src/server/db/database.js';
import { migrate } from '../src/server/db/migrate.js';
import { loadConfig } from '../src/server/config.js';
import { Ledger } from '../src/server/modules/ledger/ledger.js';
import { loadLogKey } from '../src/server/modules/ledger/signingKey.js';
import { insertCheckpoint, insertEntries, insertNodes } from '../src/server/modules/ledger/store.js';
import { runIntegrityCheck } from '../src/server/modules/ledger/integrity.js';
import { entryBytes } from '../src/server/modules/quality/entry.js';
import { generateSignerKey } from '../src/domain/ledger/note.js';
import { signCheckpoint } from '../src/domain/ledger/checkpoint.js';
import { CompactRange, leafHash, verifyInclusion } from '../src/domain/ledger/merkle.js';

const args = process.argv.slice(3);
const opt = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const SIZE = opt('size', 1_000_000);
const SECONDS = opt('seconds', 10);
const CONCURRENCY = opt('concurrency', 1024);
const PROOFS = opt('proofs', 3000);
const KEEP = args.includes('--keep');
const GOAL_APPENDS = 5000;
const TESSERA_APPENDS = 2900;
const GOAL_P99_MS = 5;

const baseUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const dbName = `gb_bench_ledger_${process.pid}`;

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const fmt = (n: number, d = 0) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });

const template = entryBytes({
  recordId: '00000000-0000-4000-8000-000000000000',
  kind: 'component_production',
  recordDate: '2026-03-01',
  project: { code: 'HN-2026-001', name: '长沙装配式住宅试点项目' },
  organisation: '湖南湘江建设集团有限公司',
  subject: '预制叠合板 YB-3630',
  location: '5 层',
  batchNo: 'B-0000000',
  quantity: null,
  supplier: '远大住工',
  componentId: 'PC-0000000',
  specId: 'LIB-YB-3630',
  result: 'pass',
  attachments: [{ sha256: '0'.repeat(64), size: 204_800, mediaType: 'application/pdf', fileName: 'report.pdf' }],
  corrects: null,
  private: { salt: '00', inspectorName: '张工', inspectorPhone: null, notes: null },
  recordedAt: '2026-03-01T08:00:00.000Z',
});
const templateText = Buffer.from(template).toString();

/**
 * A realistic ~600-byte canonical quality-record entry, made by filling the canonical template (its keys are
 * already in RFC 8785 order) so that building a million of them takes seconds, not minutes.
 */
function syntheticEntry(i: number): Uint8Array {
  const r = randomBytes(48).toString('hex');
  const n = String(i).padStart(7, '0');
  return Buffer.from(
    templateText
      .replace(
        '00000000-0000-4000-8000-000000000000',
        `${r.slice(0, 8)}-${r.slice(8, 12)}-4${r.slice(13, 16)}-8${r.slice(17, 20)}-${r.slice(20, 32)}`,
      )
      .replace('B-0000000', `B-${n}`)
      .replace('PC-0000000', `PC-${n}`)
      .replace('0'.repeat(64), r.slice(32, 96).padEnd(64, 'a')),
  );
}

async function main() {
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`create database ${dbName}`);
  await admin.end();
  const url = new URL(baseUrl);
  url.pathname = `/${dbName}`;
  const database = await openDatabase({ databaseUrl: url.toString(), poolSize: 8 });
  const { db } = database;
  try {
    await migrate(database);
    const [settings] = await selectRows<{ sc: string; fsync: string; version: string }>(
      db,
      sql`select current_setting('synchronous_commit') as sc, current_setting('fsync') as fsync, split_part(version(), ' on ', 1) as version`,
    );
    console.log(
      `ledger bench: ${settings.version}, synchronous_commit=${settings.sc}, fsync=${settings.fsync}; ${os.cpus().length} CPUs, Node ${process.version}`,
    );
    const key = loadLogKey(
      loadConfig({ DATA_DIR: os.tmpdir(), LEDGER_SIGNING_KEY: generateSignerKey('greenbuild.local/quality-ledger').signerKey }),
    );
    const ledger = new Ledger(db, key);
    await ledger.open();

    // 1. Build the big log in bulk (no per-entry transaction: this is set-up, not the measured path).
    let t0 = performance.now();
    let range = CompactRange.empty();
    const CHUNK = 25_000;
    // Two connections write while this process prepares the next chunk (PostgreSQL and Node on separate cores).
    const inFlight: Promise<void>[] = [];
    for (let first = 0; first < SIZE; first += CHUNK) {
      const bodies = Array.from({ length: Math.min(CHUNK, SIZE - first) }, (_, k) => syntheticEntry(first + k));
      const appended = range.append(bodies.map(leafHash));
      range = appended.range;
      if (inFlight.length >= 2) await inFlight.shift();
      inFlight.push(Promise.all([insertEntries(db, first, bodies), insertNodes(db, appended.nodes)]).then(() => undefined));
      if ((first / CHUNK) % 8 === 7) process.stdout.write(`  built ${fmt(first + bodies.length)} entries…\r`);
    }
    await Promise.all(inFlight);
    await insertCheckpoint(db, SIZE, range.root(), signCheckpoint({ origin: key.origin, size: SIZE, root: range.root() }, key.signer));
    await db.execute(sql`analyze ledger_nodes`);
    await db.execute(sql`analyze ledger_entries`);
    const buildS = (performance.now() - t0) / 1000;
    const [{ bytes }] = await selectRows<{ bytes: string }>(
      db,
      sql`select pg_total_relation_size('ledger_entries') + pg_total_relation_size('ledger_nodes') as bytes`,
    );
    console.log(
      `built a log of ${fmt(SIZE)} entries in ${fmt(buildS, 1)} s (${fmt(SIZE / buildS)} entries/s bulk), ${fmt(Number(bytes) / 1e6)} MB on disk`,
    );

    // 2a. Baseline: one append per transaction (no group commit).
    const body = syntheticEntry(SIZE);
    let n = 0;
    t0 = performance.now();
    while (performance.now() - t0 < 3000) {
      await ledger.append(body);
      n++;
    }
    const serialRate = n / ((performance.now() - t0) / 1000);

    // 2b. Group commit: CONCURRENCY appends in flight, each awaited until durable.
    const latencies: number[] = [];
    let done = 0;
    const deadline = performance.now() + SECONDS * 1000;
    t0 = performance.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (performance.now() < deadline) {
          const s = performance.now();
          await ledger.append(body);
          latencies.push(performance.now() - s);
          done++;
        }
      }),
    );
    const elapsed = (performance.now() - t0) / 1000;
    const rate = done / elapsed;
    latencies.sort((a, b) => a - b);
    const [{ cps }] = await selectRows<{ cps: string }>(db, sql`select count(*) as cps from ledger_checkpoints where size > ${SIZE}`);
    const treeSize = await ledger.treeSize();

    // 3. Inclusion proofs for random entries of the full tree.
    const proofMs: number[] = [];
    const head = await selectRows<{ root: Buffer }>(db, sql`select root from ledger_checkpoints where size = ${treeSize}`);
    const root = new Uint8Array(head[0].root);
    const sample = Array.from({ length: PROOFS }, () => Math.floor(Math.random() * SIZE));
    const leaves = await selectRows<{ idx: string; hash: Buffer }>(
      db,
      sql`select idx::text as idx, hash from ledger_nodes where level = 0 and idx = any(${`{${sample.slice(0, 50).join(',')}}`}::bigint[])`,
    );
    for (let i = 0; i < 200; i++) await ledger.inclusionProof(sample[i % sample.length], treeSize); // warm-up
    for (const index of sample) {
      const s = performance.now();
      await ledger.inclusionProof(index, treeSize);
      proofMs.push(performance.now() - s);
    }
    proofMs.sort((a, b) => a - b);
    let verified = 0;
    for (const l of leaves) {
      const index = Number(l.idx);
      if (verifyInclusion(new Uint8Array(l.hash), index, treeSize, await ledger.inclusionProof(index, treeSize), root)) verified++;
    }

    // Extra: one scheduled integrity-check window over the big log.
    const check = await runIntegrityCheck(db, ledger, { budget: 20_000 });

    const p99 = pct(proofMs, 99);
    console.log('');
    console.log('figure                                   value        goal/baseline   ratio');
    console.log('---------------------------------------  -----------  --------------  ------');
    console.log(
      `durable appends/s (group commit, ${String(CONCURRENCY).padStart(4)} in flight)  ${fmt(rate).padStart(9)}  ≥ ${fmt(GOAL_APPENDS)} goal      ${(rate / GOAL_APPENDS).toFixed(2)}×`,
    );
    console.log(
      `  vs Tessera (~2,900/s on 12 cores)                      ${fmt(TESSERA_APPENDS)}          ${(rate / TESSERA_APPENDS).toFixed(2)}×`,
    );
    console.log(
      `  vs one append per transaction          ${fmt(serialRate).padStart(9)}  same run        ${(rate / serialRate).toFixed(1)}×`,
    );
    console.log(`append latency until durable p50 / p99   ${fmt(pct(latencies, 50), 1)} / ${fmt(pct(latencies, 99), 1)} ms`);
    console.log(
      `  ${fmt(done)} appends in ${fmt(elapsed, 1)} s, ${cps} batches (signed checkpoints), mean batch ${fmt(done / Math.max(1, Number(cps)), 0)}`,
    );
    console.log(
      `inclusion proof p50 / p99 (n=${PROOFS}, tree ${fmt(treeSize)})  ${fmt(pct(proofMs, 50), 2)} / ${fmt(p99, 2)} ms   p99 < ${GOAL_P99_MS} ms goal   ${(GOAL_P99_MS / p99).toFixed(1)}× headroom`,
    );
    console.log(`  proofs verified against the signed root: ${verified}/${leaves.length}`);
    console.log(
      `integrity check window: ${fmt(check.entriesChecked)} entries + ${fmt(check.nodesChecked)} nodes re-hashed in ${fmt(check.ms)} ms (ok=${check.ok})`,
    );
    console.log(
      `machine load average during the run: ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' / ')} (1/5/15 min) on ${os.cpus().length} CPUs shared with other work`,
    );
    console.log(`goals: appends ${rate >= GOAL_APPENDS ? 'MET' : 'NOT MET'}, proof p99 ${p99 < GOAL_P99_MS ? 'MET' : 'NOT MET'}`);
  } finally {
    await database.close();
    if (!KEEP) {
      const c = new pg.Client({ connectionString: baseUrl });
      await c.connect();
      await c.query(`drop database if exists ${dbName} with (force)`);
      await c.end();
    } else console.log(`kept database ${dbName}`);
  }
}

await main();
