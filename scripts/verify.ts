// Offline verifier for the quality ledger: `npm run verify -- …` checks a signed checkpoint, an entry and its
// inclusion proof (and optionally a consistency proof from an older checkpoint) with no network and no server.
//
//   npm run verify -- bundle.json
//       the "proof bundle" downloaded from the public /verify page: {vkey, checkpoint, index, entry (base64), proof[]}
//   npm run verify -- --vkey vkey.txt --checkpoint checkpoint.txt --entry entry.json --index 12 --proof proof.json
//       files as served by GET /api/ledger/vkey, /checkpoint, /entries/12 and /proof/inclusion?index=12&treeSize=…
//   … --old-checkpoint old.txt --consistency consistency.json
//       also proves the newer checkpoint extends the older one (GET /api/ledger/proof/consistency?from=&to=)
//   --origin <origin> rejects checkpoints of another log. --vkey also accepts the key string itself.
import fs from 'node:fs';
import { decodeBase64, toHex } from '../src/domain/ledger/bytes.js';
import { canonicalize } from '../src/domain/ledger/canonicalJson.js';
import { openCheckpoint, type Checkpoint } from '../src/domain/ledger/checkpoint.js';
import { leafHash, rootFromInclusionProof, verifyConsistency } from '../src/domain/ledger/merkle.js';

type Inputs = {
  vkey: string;
  checkpoint: string;
  entry: Uint8Array;
  index: number;
  proof: string[];
  origin?: string;
  oldCheckpoint?: string;
  consistency?: string[];
};

function usage(message?: string): never {
  if (message) console.error(`verify: ${message}`);
  console.error(
    'usage: npm run verify -- <bundle.json>\n       npm run verify -- --vkey <file|key> --checkpoint <file> --entry <file> --index <n> --proof <file> [--old-checkpoint <file> --consistency <file>] [--origin <origin>]',
  );
  process.exit(2);
}

const read = (file: string) => {
  try {
    return fs.readFileSync(file);
  } catch {
    usage(`cannot read ${file}`);
  }
};

/** A proof file: {"hashes":[…]} as the API serves it, or a bare array of base64 hashes. */
function proofHashes(text: string, what: string): string[] {
  const parsed: unknown = JSON.parse(text);
  const list = Array.isArray(parsed) ? parsed : (parsed as { hashes?: unknown }).hashes;
  if (!Array.isArray(list) || !list.every((h) => typeof h === 'string'))
    usage(`${what} must be {"hashes":[…]} or an array of base64 hashes`);
  return list as string[];
}

function parseArgs(argv: string[]): Inputs {
  if (argv.length === 1 && !argv[0].startsWith('--')) {
    const b = JSON.parse(read(argv[0]).toString('utf8')) as Record<string, unknown>;
    const entry = typeof b.entry === 'string' ? decodeBase64(b.entry) : undefined;
    if (
      typeof b.vkey !== 'string' ||
      typeof b.checkpoint !== 'string' ||
      typeof b.index !== 'number' ||
      !entry ||
      !Array.isArray(b.proof)
    ) {
      usage('the bundle needs vkey, checkpoint, index, entry (base64) and proof');
    }
    return {
      vkey: b.vkey,
      checkpoint: b.checkpoint,
      index: b.index,
      entry,
      proof: b.proof as string[],
      origin: typeof b.origin === 'string' ? b.origin : undefined,
    };
  }
  const flags = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 2) {
    if (!argv[i].startsWith('--') || argv[i + 1] === undefined) usage(`unexpected argument ${argv[i]}`);
    flags.set(argv[i].slice(2), argv[i + 1]);
  }
  const need = (k: string) => flags.get(k) ?? usage(`--${k} is required`);
  const vkeyArg = need('vkey');
  const index = Number(need('index'));
  if (!Number.isSafeInteger(index) || index < 0) usage('--index must be a non-negative integer');
  return {
    vkey: fs.existsSync(vkeyArg) ? read(vkeyArg).toString('utf8').trim() : vkeyArg,
    checkpoint: read(need('checkpoint')).toString('utf8'),
    entry: new Uint8Array(read(need('entry'))),
    index,
    proof: proofHashes(read(need('proof')).toString('utf8'), '--proof'),
    origin: flags.get('origin'),
    oldCheckpoint: flags.has('old-checkpoint') ? read(flags.get('old-checkpoint')!).toString('utf8') : undefined,
    consistency: flags.has('consistency') ? proofHashes(read(flags.get('consistency')!).toString('utf8'), '--consistency') : undefined,
  };
}

let failures = 0;
const ok = (msg: string) => console.log(`✓ ${msg}`);
const fail = (msg: string) => {
  failures++;
  console.log(`✗ ${msg}`);
};

function run(input: Inputs): void {
  let checkpoint: Checkpoint;
  try {
    checkpoint = openCheckpoint(input.checkpoint, input.vkey, input.origin ? { origin: input.origin } : {});
    ok(
      `checkpoint signed by ${input.vkey.split('+').slice(0, 2).join('+')}: ${checkpoint.origin}, size ${checkpoint.size}, root ${toHex(checkpoint.root)}`,
    );
  } catch (err) {
    return fail(`checkpoint: ${(err as Error).message}`);
  }

  const text = Buffer.from(input.entry).toString('utf8');
  try {
    if (canonicalize(JSON.parse(text)) === text) ok('entry is RFC 8785 canonical JSON');
    else fail('entry is not in RFC 8785 canonical form (its hash would differ from the canonical document)');
  } catch {
    fail('entry is not JSON');
  }
  const leaf = leafHash(input.entry);
  console.log(`  leaf hash SHA-256(0x00 ‖ entry) = ${toHex(leaf)}`);
  const proof = input.proof.map((h) => decodeBase64(h));
  if (proof.some((h) => !h || h.length !== 32)) return fail('inclusion proof: every hash must be 32 bytes of base64');
  try {
    const root = rootFromInclusionProof(leaf, input.index, checkpoint.size, proof as Uint8Array[]);
    if (toHex(root) === toHex(checkpoint.root))
      ok(`entry ${input.index} is included in the tree of size ${checkpoint.size} (${proof.length} proof hashes)`);
    else fail(`inclusion proof leads to root ${toHex(root)}, not the signed root`);
  } catch (err) {
    fail(`inclusion proof: ${(err as Error).message}`);
  }

  if (input.oldCheckpoint && input.consistency) {
    try {
      const old = openCheckpoint(input.oldCheckpoint, input.vkey, input.origin ? { origin: input.origin } : {});
      const hashes = input.consistency.map((h) => decodeBase64(h) ?? new Uint8Array(0));
      if (verifyConsistency(old.size, checkpoint.size, hashes, old.root, checkpoint.root))
        ok(`tree ${checkpoint.size} is an append-only extension of tree ${old.size}`);
      else fail(`consistency proof does not show tree ${checkpoint.size} extends tree ${old.size}: the log forked or was rewritten`);
    } catch (err) {
      fail(`old checkpoint: ${(err as Error).message}`);
    }
  } else if (input.oldCheckpoint || input.consistency) {
    usage('--old-checkpoint and --consistency go together');
  }
}

const argv = process.argv.slice(2).filter((a) => a !== '--');
if (argv.length === 0 || argv.includes('--help')) usage();
run(parseArgs(argv));
console.log(failures === 0 ? 'VERIFIED' : `FAILED (${failures})`);
process.exit(failures === 0 ? 0 : 1);
