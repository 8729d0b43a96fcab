// Uploaded files (attachments, evidence, photos): streamed to a scratch file while hashing, checked by their first bytes
// (not by the name or the client's content type), stored in the object store only when complete and accepted.
import fs from 'node:fs';
import { createHash } from 'node:crypto';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError, defineMessages, notFound } from './errors.js';
import { scratchFile, type ObjectStore } from './storage.js';

// The default codes for document uploads; a capability may name its own in UploadRules.
defineMessages({
  attachment_empty: { 'zh-CN': '文件为空', en: 'The file is empty' },
  attachment_type_unsupported: { 'zh-CN': '只接受 PDF、PNG、JPEG 或 WebP 文件', en: 'Only PDF, PNG, JPEG or WebP files are accepted' },
});

export const documentTypes = ['application/pdf', 'image/png', 'image/jpeg', 'image/webp'] as const;
export type DocumentType = (typeof documentTypes)[number];

// Magic numbers: PDF "%PDF-", PNG signature, JPEG SOI + marker, WebP "RIFF....WEBP".
export function sniffMediaType(head: Uint8Array): DocumentType | null {
  const starts = (sig: number[], at = 0) => sig.every((b, i) => head[at + i] === b);
  if (starts([0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf';
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (starts([0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) return 'image/webp';
  return null;
}

export type StoredUpload = { sha256: string; size: number; mediaType: DocumentType; key: string };
/** An upload received and checked on this instance, not yet stored: `file` is a scratch file the caller stores or removes. */
export type ReceivedUpload = { sha256: string; size: number; mediaType: DocumentType; file: string };

export type UploadRules = {
  limit: number;
  /** Media types this kind of upload takes (default: every document type). */
  accept?: readonly DocumentType[];
  /** Error code (a validation detail on `file`) for an empty file. */
  emptyCode: string;
  /** Error code and status for content that is not an accepted type. */
  typeCode: string;
  typeStatus?: 400 | 415;
};

/**
 * Streams an upload to a scratch file on this instance: 413 over the limit, the rules' codes when empty or of a
 * refused type; nothing is left behind then.
 */
export async function receiveUpload(
  stream: Readable & { truncated?: boolean },
  objects: ObjectStore,
  rules: UploadRules,
): Promise<ReceivedUpload> {
  const { limit } = rules;
  const part = scratchFile(objects, 'upload.part');
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
    if (size === 0) throw new AppError(400, 'validation_failed', {}, [{ path: 'file', code: rules.emptyCode }]);
    const mediaType = sniffMediaType(head);
    if (!mediaType || !(rules.accept ?? documentTypes).includes(mediaType))
      throw new AppError(rules.typeStatus ?? 415, rules.typeCode, {}, [{ path: 'file', code: rules.typeCode }]);
    return { sha256: hash.digest('hex'), size, mediaType, file: part };
  } catch (err) {
    fs.rmSync(part, { force: true });
    if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw new AppError(413, 'body_too_large', { limit });
    throw err;
  }
}

/**
 * Receives and checks an upload, then stores it under `key` in the object store (every instance can read it). The
 * caller writes the file's row afterwards, in its transaction, and deletes the object if that transaction fails.
 */
export async function storeUpload(
  stream: Readable & { truncated?: boolean },
  objects: ObjectStore,
  key: string,
  rules: UploadRules,
): Promise<StoredUpload> {
  const received = await receiveUpload(stream, objects, rules);
  try {
    await objects.putFile(key, received.file);
  } finally {
    fs.rmSync(received.file, { force: true });
  }
  return { sha256: received.sha256, size: received.size, mediaType: received.mediaType, key };
}

/** Sends a stored object as the reply body (404 when the object is gone); headers are the caller's. */
export async function storedObject(objects: ObjectStore, key: string) {
  const got = await objects.get(key);
  if (!got) throw notFound();
  return got;
}
