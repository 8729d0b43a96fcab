// Spreadsheet uploads: streamed to a scratch file while hashing and counting, checked by their first bytes
// (an .xlsx is a ZIP: "PK\x03\x04"); the route stores an accepted file under `key` in the object store (archive)
// before writing its rows, and removes the scratch file either way.
import fs from 'node:fs';
import { createHash, randomUUID } from 'node:crypto';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../platform/errors.js';
import { scratchFile, type ObjectStore } from '../../platform/storage.js';

export type StoredUpload = { id: string; path: string; key: string; filename: string; sha256: string; size: number };

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

export async function receiveXlsx(req: FastifyRequest, objects: ObjectStore, keyPrefix: string, limit: number): Promise<StoredUpload> {
  if (!req.isMultipart()) throw new AppError(400, 'validation_failed', {}, [{ path: 'file', code: 'import_file_missing' }]);
  const file = await req.file({ limits: { fileSize: limit, files: 1 } });
  if (!file) throw new AppError(400, 'validation_failed', {}, [{ path: 'file', code: 'import_file_missing' }]);
  const id = randomUUID();
  const finalPath = scratchFile(objects, `${id}.xlsx`);
  const part = `${finalPath}.part`;
  const hash = createHash('sha256');
  let size = 0;
  let head = Buffer.alloc(0);
  const meter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      size += chunk.length;
      if (size > limit) return done(new AppError(413, 'body_too_large', { limit }));
      if (head.length < 4) head = Buffer.concat([head, chunk.subarray(0, 4 - head.length)]);
      hash.update(chunk);
      done(null, chunk);
    },
  });
  const stream = file.file as Readable & { truncated?: boolean };
  try {
    await pipeline(stream, meter, fs.createWriteStream(part, { mode: 0o640 }));
    if (stream.truncated) throw new AppError(413, 'body_too_large', { limit });
    if (size === 0 || !ZIP_MAGIC.every((b, i) => head[i] === b)) throw new AppError(415, 'import_not_xlsx');
    fs.renameSync(part, finalPath);
  } catch (err) {
    fs.rmSync(part, { force: true });
    if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw new AppError(413, 'body_too_large', { limit });
    throw err;
  }
  return {
    id,
    path: finalPath,
    key: `${keyPrefix}/${id}.xlsx`,
    filename: (file.filename || 'upload.xlsx').slice(0, 200),
    sha256: hash.digest('hex'),
    size,
  };
}
