// Attachment files stored as quality/<project>/<attachment id> in the object store; the streaming and content checks are platform/uploads.ts.
import type { Readable } from 'node:stream';
import type { ObjectStore } from '../../platform/storage.js';
import { documentTypes, sniffMediaType, storeUpload, type StoredUpload } from '../../platform/uploads.js';

export const attachmentTypes = documentTypes;
export { sniffMediaType };
export type StoredFile = StoredUpload;

export const attachmentKey = (projectId: string, id: string) => `quality/${projectId}/${id}`;

/** Stores an upload under its key: 413 over `limit`, 415 when not PDF/PNG/JPEG/WebP; nothing is stored then. */
export function storeAttachment(
  stream: Readable & { truncated?: boolean },
  objects: ObjectStore,
  key: string,
  limit: number,
): Promise<StoredFile> {
  return storeUpload(stream, objects, key, { limit, emptyCode: 'attachment_empty', typeCode: 'attachment_type_unsupported' });
}
