// Evidence files under DATA_DIR/practices/<practice>/<attachment id>; the streaming and content checks are platform/uploads.ts.
import path from 'node:path';
import type { Readable } from 'node:stream';
import { storeUpload, type StoredUpload } from '../../platform/uploads.js';

export const attachmentPath = (dataDir: string, practiceId: string, id: string) => path.join(dataDir, 'practices', practiceId, id);

/** Streams an upload to its final path: 413 over `limit`, 415 when not PDF/PNG/JPEG/WebP; nothing is left on disk then. */
export function storeAttachment(stream: Readable & { truncated?: boolean }, finalPath: string, limit: number): Promise<StoredUpload> {
  return storeUpload(stream, finalPath, { limit, emptyCode: 'practice_attachment_empty', typeCode: 'practice_attachment_type' });
}
