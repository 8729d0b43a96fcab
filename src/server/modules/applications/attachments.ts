import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { MultipartFile } from '@fastify/multipart';
import { AppError } from '../../platform/errors.js';
import { sniffMediaType as sniffDocumentType, receiveUpload } from '../../platform/uploads.js';
import type { ObjectStore } from '../../platform/storage.js';
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

/** Application attachments are stored as attachments/<year>/<uuid>.<ext> in the object store (storage_path = the part after attachments/). */
export const attachmentObjectKey = (storageKey: string) => `attachments/${storageKey}`;

/**
 * Receives one uploaded file through the platform's upload pipeline (hashing, size limit, type by content), checks the
 * content against the client's claim, and only then stores it in the object store; on any failure nothing is stored.
 */
export async function receiveAttachment(part: MultipartFile, objects: ObjectStore, limitBytes: number): Promise<StoredFile> {
  let received: string | undefined;
  try {
    const stored = await receiveUpload(part.file, objects, {
      limit: limitBytes,
      accept: ['application/pdf', 'image/jpeg', 'image/png'],
      emptyCode: 'applications_attachment_empty',
      typeCode: 'attachment_type_not_allowed',
      typeStatus: 400,
    });
    received = stored.file;
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
    const storageKey = `${new Date().getUTCFullYear()}/${randomUUID()}${EXTENSIONS[actual][0]}`;
    await objects.putFile(attachmentObjectKey(storageKey), stored.file);
    return { storageKey, fileName, mediaType: actual, sizeBytes: stored.size, sha256: stored.sha256 };
  } catch (e) {
    if (received) await fs.promises.rm(received, { force: true });
    // Let the rest of the request drain so the client gets our answer instead of a reset connection.
    part.file.resume();
    if (e instanceof AppError && e.code === 'body_too_large') throw new AppError(413, 'attachment_too_large', { limit: limitBytes });
    throw e;
  }
}

export async function removeStoredFile(objects: ObjectStore, storageKey: string) {
  await objects.delete(attachmentObjectKey(storageKey));
}
