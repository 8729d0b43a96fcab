// Uploaded files (attachments, evidence, photos): streamed to a .part file while hashing, checked by their first bytes
// (not by the name or the client's content type), renamed into place only when complete and accepted.
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError, defineMessages } from './errors.js';

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

export type StoredUpload = { sha256: string; size: number; mediaType: DocumentType; path: string };

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

/** Streams an upload to `finalPath`: 413 over the limit, the rules' codes when empty or of a refused type; nothing is left on disk then. */
export async function storeUpload(
  stream: Readable & { truncated?: boolean },
  finalPath: string,
  rules: UploadRules,
): Promise<StoredUpload> {
  const { limit } = rules;
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
    if (size === 0) throw new AppError(400, 'validation_failed', {}, [{ path: 'file', code: rules.emptyCode }]);
    const mediaType = sniffMediaType(head);
    if (!mediaType || !(rules.accept ?? documentTypes).includes(mediaType))
      throw new AppError(rules.typeStatus ?? 415, rules.typeCode, {}, [{ path: 'file', code: rules.typeCode }]);
    fs.renameSync(part, finalPath);
    return { sha256: hash.digest('hex'), size, mediaType, path: finalPath };
  } catch (err) {
    fs.rmSync(part, { force: true });
    if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw new AppError(413, 'body_too_large', { limit });
    throw err;
  }
}
