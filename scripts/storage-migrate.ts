// npm run storage:migrate — copies the stored files of an existing DATA_DIR into the bucket named by STORAGE_URL (with
// S3_ENDPOINT, S3_REGION, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY, S3_FORCE_PATH_STYLE), under the same keys, and
// verifies every object by reading it back: size and SHA-256 must equal the local file's. Idempotent: an object
// already there with the right size and hash is left as it is, so the command can be run again after an interruption.
// The embedded database (pglite/), the ledger signing key (ledger/) and scratch files stay local.
//   STORAGE_URL=s3://greenbuild/prod S3_ENDPOINT=http://minio:9000 … npm run storage:migrate -- [--dry-run]
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import { ConfigError, loadConfig } from '../src/server/config.js';
import { openObjectStore, scratchFile } from '../src/server/platform/storage.js';

/** Never copied: the database, signing material, scratch and half-written files. */
const LOCAL_ONLY = new Set(['pglite', 'ledger', 'tmp']);

function* localFiles(root: string, dir = root): Generator<string> {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    const rel = path.relative(root, full).split(path.sep).join('/');
    if (dir === root && LOCAL_ONLY.has(e.name)) continue;
    if (e.isDirectory()) {
      if (e.name === 'tmp') continue; // old per-module staging directories (bim/tmp, attachments/tmp, supervision/tmp)
      yield* localFiles(root, full);
    } else if (e.isFile() && !e.name.endsWith('.part')) yield rel;
  }
}

async function hashOf(stream: NodeJS.ReadableStream): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of stream) {
    const b = chunk as Buffer;
    size += b.length;
    hash.update(b);
  }
  return { sha256: hash.digest('hex'), size };
}

async function main() {
  const dryRun = process.argv.includes('--dry-run');
  const config = loadConfig();
  if (!config.storage.url) throw new ConfigError('STORAGE_URL must name the target bucket (s3://bucket/prefix)');
  const source = config.dataDir;
  if (!fs.existsSync(source)) throw new ConfigError(`DATA_DIR=${source} does not exist`);
  const objects = openObjectStore(source, config.storage);
  await objects.check();
  console.log(`Copying ${source} → ${objects.location}${dryRun ? ' (dry run)' : ''}`);
  let copied = 0;
  let present = 0;
  let bytes = 0;
  const failed: string[] = [];
  for (const key of localFiles(source)) {
    const file = path.join(source, key);
    const local = await hashOf(fs.createReadStream(file));
    const remote = await objects.get(key);
    const before = remote ? await hashOf(remote.body) : null;
    if (before && before.size === local.size && before.sha256 === local.sha256) {
      present++;
      continue;
    }
    if (dryRun) {
      console.log(`  would copy ${key} (${local.size} bytes)`);
      continue;
    }
    // putFile consumes its file: send a scratch copy, never the original.
    const copy = scratchFile(objects, path.basename(key));
    await pipeline(fs.createReadStream(file), fs.createWriteStream(copy));
    await objects.putFile(key, copy);
    const back = await objects.get(key);
    const after = back ? await hashOf(back.body) : null;
    if (!after || after.size !== local.size || after.sha256 !== local.sha256) {
      failed.push(key);
      console.error(`  MISMATCH ${key}: local ${local.size} B ${local.sha256}, stored ${after?.size ?? '-'} B ${after?.sha256 ?? '-'}`);
      continue;
    }
    copied++;
    bytes += local.size;
  }
  console.log(`copied ${copied} objects (${bytes} bytes), ${present} already present and verified, ${failed.length} failed`);
  if (failed.length) process.exit(1);
  if (!dryRun) console.log('Every object verified (size and SHA-256). Start the instances with the same STORAGE_URL.');
}

main().catch((err: unknown) => {
  console.error(err instanceof ConfigError ? err.message : err);
  process.exit(err instanceof ConfigError ? 2 : 1);
});
