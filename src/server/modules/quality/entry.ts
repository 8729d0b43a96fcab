// The ledger entry of a quality record: the record's PUBLIC facts in RFC 8785 canonical JSON, plus a salted
// digest of its private facts (inspector, phone, notes, file names). Everything in the entry is served to
// anyone who holds the record ID; the private part stays tamper-evident without being disclosed, and the
// random salt stops anyone from confirming a guessed phone number against the digest.
import { createHash, randomBytes } from 'node:crypto';
import { canonicalize, canonicalizeToBytes, type JsonValue } from '../../../domain/ledger/canonicalJson.js';
import type { QualityKind, QualityResult } from './tables.js';

export const ENTRY_SCHEMA = 'greenbuild.quality-record/v1';

export type EntryAttachment = { sha256: string; size: number; mediaType: string; fileName: string };

export type EntryInput = {
  recordId: string;
  kind: QualityKind;
  recordDate: string;
  project: { code: string; name: string };
  organisation: string | null;
  subject: string;
  location: string | null;
  batchNo: string | null;
  quantity: string | null;
  supplier: string | null;
  componentId: string | null;
  specId: string | null;
  result: QualityResult;
  attachments: EntryAttachment[];
  corrects: { recordId: string; index: number } | null;
  private: { salt: string; inspectorName: string | null; inspectorPhone: string | null; notes: string | null };
  recordedAt: string;
};

export const newPrivateSalt = () => randomBytes(16).toString('hex');

/** SHA-256 of the canonical private part; holders of the record can recompute it, the public cannot guess it. */
export function privateDigest(input: Pick<EntryInput, 'private' | 'attachments'>): string {
  const doc = { ...input.private, attachmentNames: input.attachments.map((a) => a.fileName) };
  return createHash('sha256').update(canonicalize(doc)).digest('hex');
}

export function entryDocument(input: EntryInput): JsonValue {
  return {
    schema: ENTRY_SCHEMA,
    recordId: input.recordId,
    kind: input.kind,
    date: input.recordDate,
    project: { code: input.project.code, name: input.project.name },
    organisation: input.organisation,
    subject: input.subject,
    location: input.location,
    batchNo: input.batchNo,
    quantity: input.quantity,
    supplier: input.supplier,
    component: input.componentId ? { id: input.componentId, specId: input.specId } : null,
    result: input.result,
    attachments: input.attachments.map((a) => ({ sha256: a.sha256, size: a.size, mediaType: a.mediaType })),
    corrects: input.corrects,
    privateDigest: privateDigest(input),
    recordedAt: input.recordedAt,
  };
}

export const entryBytes = (input: EntryInput): Uint8Array => canonicalizeToBytes(entryDocument(input));
