import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { MultipartFile } from '@fastify/multipart';
import { AppError } from '../../platform/errors.js';
import { sniffMediaType as sniffDocumentType, storeUpload } from '../../platform/uploads.js';
import type { AttachmentMediaType } from './tables.js';

/** What the first bytes say a file is (PDF, JPEG, PNG), or null. The name and the declared type are not trusted. */
export function sniffMediaType(head: Buffer): AttachmentMediaType | null {
  const type = sniffDocumentType(head);
  return type === 'image/webp' ? null : type;
}

const EXTENSIONS: Record<AttachmentMediaType, string[]> = {
  'application/pdf': ['.pdf'],
  'image/jpeg': ['.jpg', '.jpeg'],
  'image/png': ['.png'],
};
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
 * Streams one uploaded file to DATA_DIR/attachments through the platform's upload pipeline (hashing, size limit, type by
 * content), then checks the content against the client's claim. The file gets its final name only after every check
 * passes; on any failure nothing is left on disk.
 */
export async function receiveAttachment(part: MultipartFile, dataDir: string, limitBytes: number): Promise<StoredFile> {
  const dir = attachmentsDir(dataDir);
  const received = path.join(dir, 'tmp', randomUUID());
  try {
    const stored = await storeUpload(part.file, received, {
      limit: limitBytes,
      accept: ['application/pdf', 'image/jpeg', 'image/png'],
      emptyCode: 'applications_attachment_empty',
      typeCode: 'attachment_type_not_allowed',
      typeStatus: 400,
    });
    const actual = stored.mediaType as AttachmentMediaType;
    const fileName = path.basename(part.filename || 'attachment').slice(0, 200);
    const declared = declaredType(fileName, part.mimetype);
    if (declared !== null && declared !== actual) {
      const params = {
        file: fileName,
        declared: declared === 'other' ? part.mimetype || path.extname(fileName) : SHORT[declared],
        actual: SHORT[actual],
      };
      throw new AppError(400, 'attachment_type_mismatch', params, [{ path: 'file', code: 'attachment_type_mismatch', params }]);
    }
    const yearDir = String(new Date().getUTCFullYear());
    await fs.promises.mkdir(path.join(dir, yearDir), { recursive: true });
    const storageKey = `${yearDir}/${randomUUID()}${EXTENSIONS[actual][0]}`;
    await fs.promises.rename(received, path.join(dir, storageKey));
    return { storageKey, fileName, mediaType: actual, sizeBytes: stored.size, sha256: stored.sha256 };
  } catch (e) {
    await fs.promises.rm(received, { force: true });
    // Let the rest of the request drain so the client gets our answer instead of a reset connection.
    part.file.resume();
    if (e instanceof AppError && e.code === 'body_too_large') throw new AppError(413, 'attachment_too_large', { limit: limitBytes });
    throw e;
  }
}

export async function removeStoredFile(dataDir: string, storageKey: string) {
  await fs.promises.rm(path.join(attachmentsDir(dataDir), storageKey), { force: true });
}

export const storedFilePath = (dataDir: string, storageKey: string) => path.join(attachmentsDir(dataDir), storageKey);
