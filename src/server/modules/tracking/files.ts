// Evidence files of manual indicator values under DATA_DIR/tracking/<project>/<id>; the streaming and content checks are
// platform/uploads.ts. Evidence is a document or a photo: PDF, PNG or JPEG.
import path from 'node:path';
import type { Readable } from 'node:stream';
import { storeUpload } from '../../platform/uploads.js';

export const evidenceTypes = ['application/pdf', 'image/png', 'image/jpeg'] as const;

export const evidencePath = (dataDir: string, projectId: string, id: string) => path.join(dataDir, 'tracking', projectId, id);

/** Streams an upload to its final path: 413 over `limit`, 400 when the bytes are not PDF/PNG/JPEG; nothing is left behind on failure. */
export async function storeEvidence(stream: Readable & { truncated?: boolean }, finalPath: string, limit: number) {
  const { sha256, size, mediaType } = await storeUpload(stream, finalPath, {
    limit,
    accept: evidenceTypes,
    emptyCode: 'evidence_empty',
    typeCode: 'evidence_type_unsupported',
    typeStatus: 400,
  });
  return { sha256, size, mediaType };
}
