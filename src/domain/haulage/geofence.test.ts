// Geofences and trips on hand-made fences: squares whose answers can be checked by eye, and the haversine distance
// of one degree of latitude on the IUGG mean sphere, πR/180 = 111 195.08 m.
import { describe, expect, it } from 'vitest';
import {
  distanceM,
  followTrips,
  pointInPolygon,
  polygonFromGeoJson,
  trackLengthM,
  type Fence,
  type LonLat,
  type TrackPoint,
} from './geofence.js';

const square = (lon: number, lat: number, size: number): LonLat[] => [
  [lon, lat],
  [lon + size, lat],
  [lon + size, lat + size],
  [lon, lat + size],
  [lon, lat],
];

describe('pointInPolygon (even-odd ray casting)', () => {
  const sq = [square(112.9, 28.1, 0.01)];
  it('inside, outside, and on either side of each edge', () => {
    expect(pointInPolygon([112.905, 28.105], sq)).toBe(true);
    expect(pointInPolygon([112.911, 28.105], sq)).toBe(false);
    expect(pointInPolygon([112.899, 28.105], sq)).toBe(false);
    expect(pointInPolygon([112.905, 28.111], sq)).toBe(false);
    expect(pointInPolygon([112.905, 28.099], sq)).toBe(false);
  });
  it('a hole is outside; a concave L-shape is handled', () => {
    const withHole = [square(0, 0, 10), square(4, 4, 2)];
    expect(pointInPolygon([5, 5], withHole)).toBe(false);
    expect(pointInPolygon([1, 1], withHole)).toBe(true);
    const l: LonLat[] = [
      [0, 0],
      [2, 0],
      [2, 1],
      [1, 1],
      [1, 2],
      [0, 2],
    ];
    expect(pointInPolygon([1.5, 1.5], [l])).toBe(false);
    expect(pointInPolygon([0.5, 1.5], [l])).toBe(true);
  });
});

describe('distances (haversine on the mean sphere)', () => {
  it('one degree of latitude is 111 195.08 m', () => {
    expect(distanceM([112.9, 28], [112.9, 29])).toBeCloseTo(111_195.08, 1);
  });
  it('one degree of longitude at 60° is half of it', () => {
    expect(distanceM([10, 60], [11, 60])).toBeCloseTo(55_597.5, -1);
  });
  it('a track sums its legs', () => {
    expect(
      trackLengthM([
        [0, 0],
        [0, 1],
        [0, 2],
      ]),
    ).toBeCloseTo(2 * 111_195.08, 0);
  });
});

describe('polygonFromGeoJson', () => {
  it('reads a Polygon, a Feature and a FeatureCollection', () => {
    const polygon = { type: 'Polygon', coordinates: [square(1, 1, 1)] };
    expect(polygonFromGeoJson(polygon)).toEqual({ ok: true, rings: [square(1, 1, 1)] });
    expect(polygonFromGeoJson({ type: 'Feature', geometry: polygon, properties: {} }).ok).toBe(true);
    expect(polygonFromGeoJson({ type: 'FeatureCollection', features: [{ type: 'Feature', geometry: polygon }] }).ok).toBe(true);
  });
  it('refuses what is not a usable polygon', () => {
    expect(polygonFromGeoJson({ type: 'Point', coordinates: [1, 1] })).toEqual({ ok: false, problem: 'notPolygon' });
    expect(
      polygonFromGeoJson({
        type: 'Polygon',
        coordinates: [
          [
            [1, 1],
            [2, 2],
            [1, 1],
          ],
        ],
      }),
    ).toEqual({ ok: false, problem: 'tooFewPoints' });
    expect(polygonFromGeoJson({ type: 'Polygon', coordinates: [square(179.5, 1, 1)] })).toEqual({ ok: false, problem: 'outOfRange' });
    expect(
      polygonFromGeoJson({
        type: 'Polygon',
        coordinates: [
          [
            [1, 'x'],
            [2, 2],
            [3, 1],
          ],
        ],
      }),
    ).toEqual({ ok: false, problem: 'notPolygon' });
    expect(polygonFromGeoJson(null)).toEqual({ ok: false, problem: 'notPolygon' });
    expect(polygonFromGeoJson({ type: 'Polygon', coordinates: [square(1, 1, 1)] }, 3)).toEqual({ ok: false, problem: 'tooManyPoints' });
  });
});

describe('followTrips', () => {
  // Site at (112.90, 28.10), facility at (112.98, 28.10), 0.01° squares; the road runs east along latitude 28.105.
  const fences: Fence[] = [
    { id: 'site', kind: 'site', rings: [square(112.9, 28.1, 0.01)] },
    { id: 'facility', kind: 'facility', rings: [square(112.98, 28.1, 0.01)] },
  ];
  const t0 = Date.UTC(2026, 11, 7, 1, 0, 0);
  const at = (minute: number, lon: number, speedKmh = 30): TrackPoint => ({
    time: new Date(t0 + minute * 60_000),
    lonLat: [lon, 28.105],
    speedKmh,
  });

  it('a trip starts on leaving the site, ends on entering the facility, and a long stop on the way is reported', () => {
    const points = [
      at(0, 112.905, 0),
      at(1, 112.915),
      at(5, 112.94),
      // Stopped off-route for 14 minutes between the fences.
      at(6, 112.95, 0),
      at(12, 112.95, 0),
      at(20, 112.95, 1),
      at(25, 112.97),
      at(30, 112.985, 5),
    ];
    const events = followTrips(points, fences, { timeoutMinutes: 240, stopSpeedKmh: 3, stopMinutes: 10 });
    expect(events.map((e) => e.type)).toEqual(['tripStarted', 'stopOutsideFence', 'tripArrived']);
    expect(events[0]).toMatchObject({ fromFenceId: 'site', at: new Date(t0 + 60_000) });
    expect(events[1]).toMatchObject({ lonLat: [112.95, 28.105], from: new Date(t0 + 6 * 60_000), minutes: 14 });
    const arrived = events[2] as Extract<(typeof events)[number], { type: 'tripArrived' }>;
    expect(arrived.toFenceId).toBe('facility');
    expect(arrived.durationS).toBe(29 * 60);
    // 0.07° of longitude at 28.105°: 111 195.08 × cos(28.105°) × 0.07 ≈ 6 866 m.
    expect(arrived.distanceM).toBeCloseTo(111_195.08 * Math.cos((28.105 * Math.PI) / 180) * 0.07, 0);
  });

  it('a short stop is not reported, and a trip without arrival times out', () => {
    const events = followTrips(
      [at(0, 112.905), at(1, 112.915), at(3, 112.95, 0), at(8, 112.95, 0), at(9, 112.96), at(300, 112.96)],
      fences,
    );
    expect(events.map((e) => e.type)).toEqual(['tripStarted', 'tripTimedOut']);
  });

  it('driving around without leaving a site starts no trip', () => {
    expect(followTrips([at(0, 112.95), at(5, 112.96), at(10, 112.985)], fences)).toEqual([]);
  });
});
