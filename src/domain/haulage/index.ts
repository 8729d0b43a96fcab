// Public API of haulage rules: geofences (point in polygon, GeoJSON polygons), distances and trip detection.
export * from './geofence.js';
