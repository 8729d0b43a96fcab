import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { MultipartFile } from '@fastify/multipart';
import { AppError } from '../../platform/errors.js';
import { sniffMediaType as sniffDocumentType } from '../../platform/uploads.js';
import type { AttachmentMediaType } from './tables.js';

/** What the first bytes say a file is (PDF, JPEG, PNG), or null. The name and the declared type are not trusted. */
export function sniffMediaType(head: Buffer): AttachmentMediaType | null {
  const type = sniffDocumentType(head);
  return type === 'image/webp' ? null : type;
}

const EXTENSIONS: Record<AttachmentMediaType, string[]> = { 'application/pdf': ['.pdf'], 'image/jpeg': ['.jpg', '.jpeg'], 'image/png': ['.png'] };
const SHORT: Record<AttachmentMediaType, string> = { 'application/pdf': 'PDF', 'image/jpeg': 'JPEG', 'image/png': 'PNG' };

/** The type a client claims by MIME type or file extension, when it claims one we know. */
function declaredType(fileName: string, mimetype: string): AttachmentMediaType | 'other' | null {
  const ext = path.extname(fileName).toLowerCase();
  const byExt = (Object.keys(EXTENSIONS) as AttachmentMediaType[]).find((t) => EXTENSIONS[t].includes(ext));
  const byMime = mimetype === 'image/jpg' ? 'image/jpeg' : mimetype;
  if (byMime && byMime !== 'application/octet-stream') {
    if (byExt && byExt !== byMime) return 'other';
    return (EXTENSIONS as Record<string, string[]>)[byMime] ? (byMime as AttachmentMediaType) : 'other';
  }
  return byExt ?? (ext ? 'other' : null);
}

export type StoredFile = { storageKey: string; fileName: string; mediaType: AttachmentMediaType; sizeBytes: number; sha256: string };

export const attachmentsDir = (dataDir: string) => path.join(dataDir, 'attachments');

/**
 * Streams one uploaded file to DATA_DIR/attachments, hashing as it goes, then checks its content against its claim.
 * The file gets its final name only after every check passes; on any failure nothing is left on disk.
 */
export async function receiveAttachment(part: MultipartFile, dataDir: string, limitBytes: number): Promise<StoredFile> {
  const dir = attachmentsDir(dataDir);
  const tmpDir = path.join(dir, 'tmp');
  await fs.promises.mkdir(tmpDir, { recursive: true });
  const tmp = path.join(tmpDir, `${randomUUID()}.part`);
  const hash = createHash('sha256');
  let head = Buffer.alloc(0);
  let size = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      size += chunk.length;
      if (size > limitBytes) return done(new AppError(413, 'attachment_too_large', { limit: limitBytes }));
      if (head.length < 16) head = Buffer.concat([head, chunk.subarray(0, 16 - head.length)]);
      hash.update(chunk);
      done(null, chunk);
    },
  });
  try {
    await pipeline(part.file, meter, fs.createWriteStream(tmp, { flags: 'wx' }));
    if (part.file.truncated) throw new AppError(413, 'attachment_too_large', { limit: limitBytes });
    if (size === 0) throw new AppError(400, 'applications_attachment_empty', {}, [{ path: 'file', code: 'applications_attachment_empty' }]);
    const actual = sniffMediaType(head);
    const fileName = path.basename(part.filename || 'attachment').slice(0, 200);
    if (!actual) throw new AppError(400, 'attachment_type_not_allowed', {}, [{ path: 'file', code: 'attachment_type_not_allowed' }]);
    const declared = declaredType(fileName, part.mimetype);
    if (declared !== null && declared !== actual) {
      const params = { file: fileName, declared: declared === 'other' ? part.mimetype || path.extname(fileName) : SHORT[declared], actual: SHORT[actual] };
      throw new AppError(400, 'attachment_type_mismatch', params, [{ path: 'file', code: 'attachment_type_mismatch', params }]);
    }
    const yearDir = String(new Date().getUTCFullYear());
    await fs.promises.mkdir(path.join(dir, yearDir), { recursive: true });
    const storageKey = `${yearDir}/${randomUUID()}${EXTENSIONS[actual][0]}`;
    await fs.promises.rename(tmp, path.join(dir, storageKey));
    return { storageKey, fileName, mediaType: actual, sizeBytes: size, sha256: hash.digest('hex') };
  } catch (e) {
    await fs.promises.rm(tmp, { force: true });
    // Let the rest of the request drain so the client gets our answer instead of a reset connection.
    part.file.resume();
    throw e;
  }
}

export async function removeStoredFile(dataDir: string, storageKey: string) {
  await fs.promises.rm(path.join(attachmentsDir(dataDir), storageKey), { force: true });
}

export const storedFilePath = (dataDir: string, storageKey: string) => path.join(attachmentsDir(dataDir), storageKey);
