// Geofences and trips of muck trucks (渣土车), on coordinates as the terminals report them (WGS-84 / CGCS2000,
// degrees). Pure functions: the server feeds positions in time order and stores what comes out.

/** [longitude, latitude] in degrees, the GeoJSON order (RFC 7946 §3.1.1). */
export type LonLat = readonly [number, number];
/** A GeoJSON Polygon's coordinates (RFC 7946 §3.1.6): the outer ring, then holes; each ring closed or not. */
export type PolygonRings = readonly (readonly LonLat[])[];

/**
 * Point in polygon by the even-odd ray-casting rule (a ray towards +longitude crosses the boundary an odd number of
 * times from inside). Holes are handled by the same rule over all rings. Fences span at most a few kilometres, so
 * treating degrees as planar is well within the terminals' own GNSS error.
 */
export function pointInPolygon(point: LonLat, rings: PolygonRings): boolean {
  const [x, y] = point;
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i];
      const [xj, yj] = ring[j];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/** IUGG mean Earth radius R1 (m), the usual sphere for haversine distances. */
export const EARTH_RADIUS_M = 6_371_008.8;

/** Great-circle distance in metres (haversine formula on the mean-radius sphere; < 0.5 % from the ellipsoid). */
export function distanceM(a: LonLat, b: LonLat): number {
  const rad = Math.PI / 180;
  const dLat = (b[1] - a[1]) * rad;
  const dLon = (b[0] - a[0]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Length of a track in metres. */
export function trackLengthM(points: readonly LonLat[]): number {
  let d = 0;
  for (let i = 1; i < points.length; i++) d += distanceM(points[i - 1], points[i]);
  return d;
}

export type PolygonProblem = 'notPolygon' | 'tooFewPoints' | 'outOfRange' | 'tooManyPoints';

/**
 * Reads a GeoJSON Polygon, Feature of one, or FeatureCollection's first polygon (what map tools export), checking
 * every position is a finite [lon, lat] in range and each ring has at least 3 distinct corners.
 */
export function polygonFromGeoJson(
  input: unknown,
  maxPoints = 2000,
): { ok: true; rings: LonLat[][] } | { ok: false; problem: PolygonProblem } {
  let g = input as { type?: string; coordinates?: unknown; geometry?: unknown; features?: unknown[] } | null;
  if (g && g.type === 'FeatureCollection' && Array.isArray(g.features)) g = (g.features[0] ?? null) as typeof g;
  if (g && g.type === 'Feature') g = g.geometry as typeof g;
  if (!g || g.type !== 'Polygon' || !Array.isArray(g.coordinates) || g.coordinates.length === 0)
    return { ok: false, problem: 'notPolygon' };
  const rings: LonLat[][] = [];
  let total = 0;
  for (const ring of g.coordinates as unknown[]) {
    if (!Array.isArray(ring)) return { ok: false, problem: 'notPolygon' };
    const pts: LonLat[] = [];
    for (const p of ring as unknown[]) {
      if (!Array.isArray(p) || p.length < 2) return { ok: false, problem: 'notPolygon' };
      const [lon, lat] = p as unknown[];
      if (typeof lon !== 'number' || typeof lat !== 'number' || !Number.isFinite(lon) || !Number.isFinite(lat))
        return { ok: false, problem: 'notPolygon' };
      if (lon < -180 || lon > 180 || lat < -90 || lat > 90) return { ok: false, problem: 'outOfRange' };
      pts.push([lon, lat]);
    }
    total += pts.length;
    if (total > maxPoints) return { ok: false, problem: 'tooManyPoints' };
    const distinct = new Set(pts.map((p) => `${p[0]},${p[1]}`));
    if (distinct.size < 3) return { ok: false, problem: 'tooFewPoints' };
    rings.push(pts);
  }
  return { ok: true, rings };
}

export type Fence = { id: string; kind: 'site' | 'facility'; rings: PolygonRings };
export type TrackPoint = { time: Date; lonLat: LonLat; speedKmh: number; loaded?: boolean };

export type TripEvent =
  | { type: 'tripStarted'; at: Date; fromFenceId: string; lonLat: LonLat }
  | { type: 'tripArrived'; at: Date; toFenceId: string; lonLat: LonLat; distanceM: number; durationS: number }
  | { type: 'tripTimedOut'; at: Date; distanceM: number; durationS: number }
  | { type: 'stopOutsideFence'; from: Date; to: Date; lonLat: LonLat; minutes: number };

export type TripRules = {
  /** A trip not ending in a facility fence within this time is closed as timed out. */
  timeoutMinutes: number;
  /** Below this speed the truck counts as stopped. */
  stopSpeedKmh: number;
  /** A stop outside every fence at least this long is reported (suspected illegal dumping on a loaded trip). */
  stopMinutes: number;
};

export const DEFAULT_TRIP_RULES: TripRules = { timeoutMinutes: 240, stopSpeedKmh: 3, stopMinutes: 10 };

/**
 * Follows one vehicle's positions (in time order) through the fences: a trip starts when it leaves a site fence and
 * ends when it enters a facility fence (or times out); while on a trip, a stop outside every fence longer than
 * stopMinutes is reported once, with where it happened. Returns the events in order.
 */
export function followTrips(points: readonly TrackPoint[], fences: readonly Fence[], rules: TripRules = DEFAULT_TRIP_RULES): TripEvent[] {
  const events: TripEvent[] = [];
  const fenceAt = (p: LonLat) => fences.find((f) => pointInPolygon(p, f.rings)) ?? null;
  let lastSite: Fence | null = null;
  let trip: { start: Date; distance: number; prev: LonLat } | null = null;
  let stop: { from: Date; lonLat: LonLat; reported: boolean } | null = null;
  for (const p of points) {
    const fence = fenceAt(p.lonLat);
    if (trip) {
      trip.distance += distanceM(trip.prev, p.lonLat);
      trip.prev = p.lonLat;
      const durationS = (p.time.getTime() - trip.start.getTime()) / 1000;
      if (fence?.kind === 'facility') {
        events.push({ type: 'tripArrived', at: p.time, toFenceId: fence.id, lonLat: p.lonLat, distanceM: trip.distance, durationS });
        trip = null;
        stop = null;
      } else if (durationS > rules.timeoutMinutes * 60) {
        events.push({ type: 'tripTimedOut', at: p.time, distanceM: trip.distance, durationS });
        trip = null;
        stop = null;
      } else if (!fence && p.speedKmh < rules.stopSpeedKmh) {
        if (!stop) stop = { from: p.time, lonLat: p.lonLat, reported: false };
        const minutes = (p.time.getTime() - stop.from.getTime()) / 60_000;
        if (!stop.reported && minutes >= rules.stopMinutes) {
          events.push({ type: 'stopOutsideFence', from: stop.from, to: p.time, lonLat: stop.lonLat, minutes });
          stop.reported = true;
        }
      } else stop = null;
    }
    if (fence?.kind === 'site') lastSite = fence;
    else if (!fence && lastSite && !trip) {
      trip = { start: p.time, distance: 0, prev: p.lonLat };
      events.push({ type: 'tripStarted', at: p.time, fromFenceId: lastSite.id, lonLat: p.lonLat });
      lastSite = null;
    }
    if (fence?.kind === 'facility') lastSite = null;
  }
  return events;
}
