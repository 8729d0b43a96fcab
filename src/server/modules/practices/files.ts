// Evidence files stored as practices/<practice>/<attachment id> in the object store; the streaming and content checks are platform/uploads.ts.
import type { Readable } from 'node:stream';
import { storeUpload, type StoredUpload } from '../../platform/uploads.js';
import type { ObjectStore } from '../../platform/storage.js';

export const attachmentKey = (practiceId: string, id: string) => `practices/${practiceId}/${id}`;

/** Stores an upload under its key: 413 over `limit`, 415 when not PDF/PNG/JPEG/WebP; nothing is stored then. */
export function storeAttachment(
  stream: Readable & { truncated?: boolean },
  objects: ObjectStore,
  key: string,
  limit: number,
): Promise<StoredUpload> {
  return storeUpload(stream, objects, key, { limit, emptyCode: 'practice_attachment_empty', typeCode: 'practice_attachment_type' });
}
