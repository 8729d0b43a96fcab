// Attachment files under DATA_DIR/quality/<project>/<attachment id>: streamed to a .part file while hashing,
// checked by their first bytes (not by the name or the client's content type), renamed only when complete.
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../../platform/errors.js';

export const attachmentTypes = ['application/pdf', 'image/png', 'image/jpeg', 'image/webp'] as const;

// Magic numbers: PDF "%PDF-", PNG signature, JPEG SOI + marker, WebP "RIFF....WEBP".
export function sniffMediaType(head: Uint8Array): (typeof attachmentTypes)[number] | null {
  const starts = (sig: number[], at = 0) => sig.every((b, i) => head[at + i] === b);
  if (starts([0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf';
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (starts([0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) return 'image/webp';
  return null;
}

export const attachmentPath = (dataDir: string, projectId: string, id: string) => path.join(dataDir, 'quality', projectId, id);

export type StoredFile = { sha256: string; size: number; mediaType: string; path: string };

/**
 * Streams an upload to its final path. Throws 413 when over `limit` and 415 when the content is not an
 * accepted type; in both cases nothing is left on disk.
 */
export async function storeAttachment(stream: Readable & { truncated?: boolean }, finalPath: string, limit: number): Promise<StoredFile> {
  fs.mkdirSync(path.dirname(finalPath), { recursive: true });
  const part = `${finalPath}.part`;
  const hash = createHash('sha256');
  let size = 0;
  let head = new Uint8Array(0);
  const meter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      size += chunk.length;
      if (size > limit) return done(new AppError(413, 'body_too_large', { limit }));
      if (head.length < 16) head = new Uint8Array(Buffer.concat([head, chunk.subarray(0, 16 - head.length)]));
      hash.update(chunk);
      done(null, chunk);
    },
  });
  try {
    await pipeline(stream, meter, fs.createWriteStream(part, { mode: 0o640 }));
    if (stream.truncated) throw new AppError(413, 'body_too_large', { limit });
    if (size === 0) throw new AppError(400, 'validation_failed', {}, [{ path: 'file', code: 'attachment_empty' }]);
    const mediaType = sniffMediaType(head);
    if (!mediaType) throw new AppError(415, 'attachment_type_unsupported');
    fs.renameSync(part, finalPath);
    return { sha256: hash.digest('hex'), size, mediaType, path: finalPath };
  } catch (err) {
    fs.rmSync(part, { force: true });
    if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw new AppError(413, 'body_too_large', { limit });
    throw err;
  }
}
