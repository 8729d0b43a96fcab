// Attachment files under DATA_DIR/quality/<project>/<attachment id>; the streaming and content checks are platform/uploads.ts.
import path from 'node:path';
import type { Readable } from 'node:stream';
import { documentTypes, sniffMediaType, storeUpload, type StoredUpload } from '../../platform/uploads.js';

export const attachmentTypes = documentTypes;
export { sniffMediaType };
export type StoredFile = StoredUpload;

export const attachmentPath = (dataDir: string, projectId: string, id: string) => path.join(dataDir, 'quality', projectId, id);

/** Streams an upload to its final path: 413 over `limit`, 415 when not PDF/PNG/JPEG/WebP; nothing is left on disk then. */
export function storeAttachment(stream: Readable & { truncated?: boolean }, finalPath: string, limit: number): Promise<StoredFile> {
  return storeUpload(stream, finalPath, { limit, emptyCode: 'attachment_empty', typeCode: 'attachment_type_unsupported' });
}
