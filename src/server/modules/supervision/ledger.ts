import { createHash } from 'node:crypto';
import { canonicalize, canonicalizeToBytes, type JsonValue } from '../../../domain/ledger/canonicalJson.js';
import type { ProjectRef } from '../projects/index.js';
import type { FindingRow, InspectionRow } from './store.js';

export const INSPECTION_ENTRY_SCHEMA = 'greenbuild.supervision-inspection/v1';

/**
 * The canonical record an inspection puts into the quality ledger. The ledger is public to anyone holding an entry,
 * so it carries the facts (what was checked, the verdicts, severities, photo hashes) and only a digest of the free
 * text (summary, notes, finding descriptions), which stays tamper-evident without being disclosed.
 */
export function ledgerEntryForInspection(
  inspection: InspectionRow,
  project: Pick<ProjectRef, 'code' | 'name' | 'regionCode'>,
  findingsWithPhotos: Array<{ finding: FindingRow; photoSha256: string[] }>,
): JsonValue {
  const text = {
    summary: inspection.summary,
    notes: inspection.results.map((r) => r.note ?? null),
    findings: findingsWithPhotos.map((f) => f.finding.description),
  };
  return {
    schema: INSPECTION_ENTRY_SCHEMA,
    inspectionId: inspection.id,
    project: { code: project.code, name: project.name, region: project.regionCode },
    topic: inspection.topic,
    stage: inspection.stage,
    inspectedAt: inspection.inspectedAt?.toISOString() ?? null,
    results: inspection.results.map((r) => ({ key: r.key, result: r.result })),
    findings: findingsWithPhotos.map(({ finding, photoSha256 }) => ({
      id: finding.id,
      severity: finding.severity,
      itemKey: finding.itemKey,
      stopWork: finding.stopWork,
      photos: photoSha256,
    })),
    textDigest: createHash('sha256')
      .update(canonicalize(text as JsonValue))
      .digest('hex'),
  };
}

export const ledgerEntryBytes = (entry: JsonValue) => canonicalizeToBytes(entry);
