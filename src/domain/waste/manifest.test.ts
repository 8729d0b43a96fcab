import { describe, expect, it } from 'vitest';
import { WasteInputError } from './records.js';
import {
  dischargeRecordsFromManifests,
  manifestWeightDiscrepancy,
  transitionManifest,
  type Manifest,
  type ManifestEvent,
} from './manifest.js';
import { wasteIntensity } from './wasteIntensity.js';

const created: Manifest = {
  id: 'LD-001',
  category: 'constructionWaste',
  subClass: 'inorganicNonMetal',
  stage: 'superstructure',
  route: 'disposal',
  state: 'created',
  createdAt: '2026-03-01T08:00:00+08:00',
};

function run(m: Manifest, ...events: ManifestEvent[]): Manifest {
  let cur = m;
  for (const e of events) {
    const r = transitionManifest(cur, e);
    if (!r.ok) throw new Error(r.reason);
    cur = r.manifest;
  }
  return cur;
}

const dispatch: ManifestEvent = { type: 'dispatch', at: '2026-03-01T09:00:00+08:00', gateTonnes: 18 };
const receive: ManifestEvent = { type: 'receive', at: '2026-03-01T10:30:00+08:00', weighbridgeTonnes: 17.6 };

describe('manifest state machine', () => {
  it('runs created → in_transit → received and records both weights', () => {
    const m = run(created, dispatch, receive);
    expect(m).toMatchObject({
      state: 'received',
      gateTonnes: 18,
      weighbridgeTonnes: 17.6,
      dispatchedAt: dispatch.at,
      closedAt: receive.at,
    });
    expect(created.state).toBe('created'); // input untouched
  });

  it('allows in_transit → disputed and in_transit → expired, and created → expired', () => {
    const inTransit = run(created, dispatch);
    expect(run(inTransit, { type: 'dispute', at: receive.at, reason: '车牌不符' })).toMatchObject({
      state: 'disputed',
      disputeReason: '车牌不符',
    });
    expect(run(inTransit, { type: 'expire', at: receive.at }).state).toBe('expired');
    expect(run(created, { type: 'expire', at: dispatch.at }).state).toBe('expired');
  });

  it.each([
    ['created', 'receive'],
    ['created', 'dispute'],
    ['in_transit', 'dispatch'],
    ['received', 'dispute'],
    ['received', 'expire'],
    ['disputed', 'receive'],
    ['expired', 'receive'],
  ] as const)('rejects %s --%s-->', (state, type) => {
    const events: Record<ManifestEvent['type'], ManifestEvent> = {
      dispatch,
      receive,
      dispute: { type: 'dispute', at: receive.at, reason: 'x' },
      expire: { type: 'expire', at: receive.at },
    };
    const r = transitionManifest({ ...created, state, dispatchedAt: dispatch.at }, events[type]);
    expect(r).toEqual({ ok: false, reason: `cannot ${type} a manifest that is ${state}` });
  });

  it('rejects bad tonnage, bad or out-of-order times and empty dispute reasons', () => {
    expect(transitionManifest(created, { ...dispatch, gateTonnes: -1 })).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/gateTonnes/),
    });
    const inTransit = run(created, dispatch);
    expect(transitionManifest(inTransit, { ...receive, weighbridgeTonnes: Number.NaN }).ok).toBe(false);
    expect(transitionManifest(inTransit, { ...receive, at: '2026-03-01T08:30:00+08:00' })).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/precedes/),
    });
    expect(transitionManifest(inTransit, { ...receive, at: 'yesterday' }).ok).toBe(false);
    expect(transitionManifest(inTransit, { type: 'dispute', at: receive.at, reason: '  ' }).ok).toBe(false);
  });
});

describe('manifestWeightDiscrepancy', () => {
  it('measures the difference relative to the weighbridge', () => {
    // 17.6 − 18 = −0.4 t; 0.4 / 17.6 = 2.27% ≤ 5%
    expect(manifestWeightDiscrepancy(18, 17.6, 0.05)).toEqual({ differenceTonnes: -0.4, share: 0.022727, withinTolerance: true });
    // 20 − 18 = 2 t; 2 / 20 = 10% > 5%
    expect(manifestWeightDiscrepancy(18, 20, 0.05)).toMatchObject({ differenceTonnes: 2, share: 0.1, withinTolerance: false });
  });

  it('treats exactly the allowed share as within tolerance, and a zero receipt as a full discrepancy', () => {
    expect(manifestWeightDiscrepancy(19, 20, 0.05).withinTolerance).toBe(true);
    expect(manifestWeightDiscrepancy(5, 0, 0.05)).toMatchObject({ share: Number.POSITIVE_INFINITY, withinTolerance: false });
    expect(manifestWeightDiscrepancy(0, 0, 0).withinTolerance).toBe(true);
  });

  it('rejects invalid weights and shares with typed errors', () => {
    expect(() => manifestWeightDiscrepancy(-1, 10, 0.05)).toThrow(WasteInputError);
    expect(() => manifestWeightDiscrepancy(10, 10, 5)).toThrow(/allowedShare/);
  });
});

describe('dischargeRecordsFromManifests', () => {
  const received = run(created, dispatch, receive);
  const second = run({ ...created, id: 'LD-002', route: 'recycling', subClass: 'metal' }, dispatch, { ...receive, weighbridgeTonnes: 6.4 });
  const inTransit = run({ ...created, id: 'LD-003' }, dispatch);
  const disputed = run({ ...created, id: 'LD-004' }, dispatch, { type: 'dispute', at: receive.at, reason: '超载' });

  it('counts only received manifests, at the weighbridge weight, once per id', () => {
    const r = dischargeRecordsFromManifests([received, second, inTransit, disputed, received]);
    expect(r.records).toEqual([
      {
        id: 'LD-001',
        category: 'constructionWaste',
        subClass: 'inorganicNonMetal',
        stage: 'superstructure',
        route: 'disposal',
        tonnes: 17.6,
      },
      { id: 'LD-002', category: 'constructionWaste', subClass: 'metal', stage: 'superstructure', route: 'recycling', tonnes: 6.4 },
    ]);
    expect(r.duplicateIds).toEqual(['LD-001']);
    expect(r.notCounted).toEqual([
      { id: 'LD-003', state: 'in_transit' },
      { id: 'LD-004', state: 'disputed' },
    ]);
    // 17.6 + 6.4 = 24 t over 1.2 万m² = 20.0 t/万m²
    expect(wasteIntensity(r.records, 12_000)).toMatchObject({ tonnes: 24, intensity: 20 });
  });

  it('uses the last copy of a duplicated manifest', () => {
    const earlier = run({ ...created, id: 'LD-005' }, dispatch); // in transit when first synced
    const later = run(earlier, { ...receive, weighbridgeTonnes: 9 });
    expect(dischargeRecordsFromManifests([earlier, later]).records.map((x) => x.tonnes)).toEqual([9]);
    expect(dischargeRecordsFromManifests([later, earlier]).records).toEqual([]);
  });

  it('rejects a received manifest without a weighbridge weight', () => {
    expect(() => dischargeRecordsFromManifests([{ ...created, state: 'received' }])).toThrow(WasteInputError);
  });
});
