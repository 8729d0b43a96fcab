// 建筑垃圾运输联单 (transport manifests): weight reconciliation, lifecycle, and conversion of
// received manifests into countable discharge records for the 建质〔2020〕46号 indicators.

import type { ConstructionWasteSubClass, WasteCategory, WasteStage } from './categories.js';
import { DEFAULT_MAX_RECORD_TONNES, WasteInputError, assertTonnes, type WasteRecord } from './records.js';
import { roundHalfUp } from '../rounding.js';

export type ManifestState = 'created' | 'in_transit' | 'received' | 'disputed' | 'expired';

/** Only off-site routes travel on a manifest; on-site reuse never leaves the gate. */
export type ManifestRoute = 'recycling' | 'disposal';

export interface Manifest {
  id: string;
  category: WasteCategory;
  subClass?: ConstructionWasteSubClass;
  stage: WasteStage;
  route: ManifestRoute;
  state: ManifestState;
  /** ISO-8601 timestamps. */
  createdAt: string;
  dispatchedAt?: string;
  closedAt?: string;
  /** Site gate weight (or estimate) at dispatch, t. */
  gateTonnes?: number;
  /** Receiving facility's weighbridge weight, t — the figure that counts. */
  weighbridgeTonnes?: number;
  disputeReason?: string;
}

export type ManifestEvent =
  | { type: 'dispatch'; at: string; gateTonnes: number }
  | { type: 'receive'; at: string; weighbridgeTonnes: number }
  | { type: 'dispute'; at: string; reason: string }
  | { type: 'expire'; at: string };

export type TransitionResult = { ok: true; manifest: Manifest } | { ok: false; reason: string };

/**
 * Allowed lifecycle: created → in_transit → received | disputed | expired, plus created → expired so
 * a manifest that is never dispatched can be closed. received/disputed/expired are terminal here;
 * resolving a dispute is a new (corrective) manifest, which keeps this function free of judgement calls.
 */
export const MANIFEST_TRANSITIONS: Readonly<Record<ManifestState, Partial<Record<ManifestEvent['type'], ManifestState>>>> = {
  created: { dispatch: 'in_transit', expire: 'expired' },
  in_transit: { receive: 'received', dispute: 'disputed', expire: 'expired' },
  received: {},
  disputed: {},
  expired: {},
};

// 建筑垃圾联单 lifecycle: pure transition; never throws, returns the reason a transition is refused.
export function transitionManifest(manifest: Manifest, event: ManifestEvent): TransitionResult {
  const next = MANIFEST_TRANSITIONS[manifest.state]?.[event.type];
  if (next === undefined) {
    return { ok: false, reason: `cannot ${event.type} a manifest that is ${manifest.state}` };
  }
  const at = Date.parse(event.at);
  if (Number.isNaN(at)) return { ok: false, reason: `invalid event time ${JSON.stringify(event.at)}` };
  const last = Date.parse(manifest.dispatchedAt ?? manifest.createdAt);
  if (!Number.isNaN(last) && at < last) return { ok: false, reason: `event time ${event.at} precedes the previous step` };

  switch (event.type) {
    case 'dispatch': {
      const bad = tonnageProblem(event.gateTonnes);
      if (bad) return { ok: false, reason: `gateTonnes: ${bad}` };
      return { ok: true, manifest: { ...manifest, state: next, dispatchedAt: event.at, gateTonnes: event.gateTonnes } };
    }
    case 'receive': {
      const bad = tonnageProblem(event.weighbridgeTonnes);
      if (bad) return { ok: false, reason: `weighbridgeTonnes: ${bad}` };
      return { ok: true, manifest: { ...manifest, state: next, closedAt: event.at, weighbridgeTonnes: event.weighbridgeTonnes } };
    }
    case 'dispute':
      if (event.reason.trim() === '') return { ok: false, reason: 'a dispute needs a reason' };
      return { ok: true, manifest: { ...manifest, state: next, closedAt: event.at, disputeReason: event.reason } };
    case 'expire':
      return { ok: true, manifest: { ...manifest, state: next, closedAt: event.at } };
  }
}

export interface WeightDiscrepancy {
  /** weighbridge − gate, t. */
  differenceTonnes: number;
  /** |difference| ÷ weighbridge (the calibrated instrument is the reference). */
  share: number;
  withinTolerance: boolean;
}

// 建筑垃圾联单 reconciliation: gate vs receiving weighbridge, relative to the weighbridge, against an allowed share (e.g. 0.05).
export function manifestWeightDiscrepancy(gateTonnes: number, weighbridgeTonnes: number, allowedShare: number): WeightDiscrepancy {
  assertTonnes(gateTonnes, 'gateTonnes');
  assertTonnes(weighbridgeTonnes, 'weighbridgeTonnes');
  if (typeof allowedShare !== 'number' || !Number.isFinite(allowedShare) || allowedShare < 0 || allowedShare > 1) {
    throw new WasteInputError('allowedShare', `must be in [0, 1] (0.05 = 5%), got ${String(allowedShare)}`);
  }
  const diff = weighbridgeTonnes - gateTonnes;
  // A load that weighs nothing at the receiver but something at the gate is a full discrepancy.
  const share = weighbridgeTonnes === 0 ? (gateTonnes === 0 ? 0 : Number.POSITIVE_INFINITY) : Math.abs(diff) / weighbridgeTonnes;
  return {
    differenceTonnes: roundHalfUp(diff, 3),
    share: Number.isFinite(share) ? roundHalfUp(share, 6) : share,
    withinTolerance: share <= allowedShare + 1e-12,
  };
}

export interface ManifestRecordsResult {
  /** One record per received manifest, carrying the weighbridge tonnage. */
  records: WasteRecord[];
  /** Manifest ids that appeared more than once (the last occurrence was used). */
  duplicateIds: string[];
  /** Latest-state manifests that do not count (not received), for reconciliation screens. */
  notCounted: { id: string; state: ManifestState }[];
}

/**
 * 建质〔2020〕46号 discharge from manifests: only received tonnes count, each manifest once.
 * Duplicates (re-synced copies) are resolved by *last occurrence wins*: the input is expected in
 * sync order, so the last copy is the freshest state (a manifest received then disputed is out).
 */
export function dischargeRecordsFromManifests(
  manifests: readonly Manifest[],
  maxTonnes = DEFAULT_MAX_RECORD_TONNES,
): ManifestRecordsResult {
  const latest = new Map<string, Manifest>();
  const duplicates = new Set<string>();
  for (const m of manifests) {
    if (latest.has(m.id)) duplicates.add(m.id);
    latest.set(m.id, m);
  }
  const records: WasteRecord[] = [];
  const notCounted: { id: string; state: ManifestState }[] = [];
  for (const m of latest.values()) {
    if (m.state !== 'received') {
      notCounted.push({ id: m.id, state: m.state });
      continue;
    }
    if (m.weighbridgeTonnes === undefined)
      throw new WasteInputError('weighbridgeTonnes', 'received manifest without a weighbridge weight', m.id);
    const tonnes = assertTonnes(m.weighbridgeTonnes, 'weighbridgeTonnes', maxTonnes, m.id);
    const record: WasteRecord = { id: m.id, category: m.category, stage: m.stage, route: m.route, tonnes };
    if (m.subClass !== undefined) record.subClass = m.subClass;
    records.push(record);
  }
  return { records, duplicateIds: [...duplicates], notCounted };
}

function tonnageProblem(t: unknown): string | null {
  if (typeof t !== 'number' || !Number.isFinite(t)) return `must be a finite number of tonnes, got ${String(t)}`;
  if (t < 0) return `negative tonnage ${t}`;
  if (t > DEFAULT_MAX_RECORD_TONNES) return `${t} t exceeds the plausibility ceiling of ${DEFAULT_MAX_RECORD_TONNES} t`;
  return null;
}
