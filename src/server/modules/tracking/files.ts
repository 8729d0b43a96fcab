// Evidence files of manual indicator values, stored as tracking/<project>/<id> in the object store; the streaming and content checks are
// platform/uploads.ts. Evidence is a document or a photo: PDF, PNG or JPEG.
import type { Readable } from 'node:stream';
import { storeUpload } from '../../platform/uploads.js';
import type { ObjectStore } from '../../platform/storage.js';

export const evidenceTypes = ['application/pdf', 'image/png', 'image/jpeg'] as const;

export const evidenceKey = (projectId: string, id: string) => `tracking/${projectId}/${id}`;

/** Stores an upload under its key: 413 over `limit`, 400 when the bytes are not PDF/PNG/JPEG; nothing is stored on failure. */
export async function storeEvidence(stream: Readable & { truncated?: boolean }, objects: ObjectStore, key: string, limit: number) {
  const { sha256, size, mediaType } = await storeUpload(stream, objects, key, {
    limit,
    accept: evidenceTypes,
    emptyCode: 'evidence_empty',
    typeCode: 'evidence_type_unsupported',
    typeStatus: 400,
  });
  return { sha256, size, mediaType };
}
