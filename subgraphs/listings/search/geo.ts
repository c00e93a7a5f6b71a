/** Mean Earth radius (IUGG), in metres. */
export const EARTH_RADIUS_M = 6_371_008.8;

/** A rectangle in degrees with west ≤ east: one that crosses the antimeridian is split in two. */
export interface Box {
  west: number;
  south: number;
  east: number;
  north: number;
}

const radians = (degrees: number) => (degrees * Math.PI) / 180;
const degrees = (radians: number) => (radians * 180) / Math.PI;

/** A map rectangle as west ≤ east boxes; west > east means it crosses the antimeridian. */
export function boxesOf(area: Box): Box[] {
  if (area.west <= area.east) return [area];
  return [
    { ...area, east: 180 },
    { ...area, west: -180 },
  ];
}

/**
 * Boxes that contain every point within `radiusM` of the centre on the sphere: the cheap,
 * index-served first cut (GiST on the listing's public point); the exact distance then decides.
 */
export function boxesAround(latitude: number, longitude: number, radiusM: number): Box[] {
  const angle = radiusM / EARTH_RADIUS_M;
  const south = Math.max(-90, latitude - degrees(angle));
  const north = Math.min(90, latitude + degrees(angle));
  // A circle around a pole spans every longitude.
  if (south === -90 || north === 90) return [{ west: -180, south, east: 180, north }];
  const spread = degrees(Math.asin(Math.sin(angle) / Math.cos(radians(latitude))));
  const west = longitude - spread;
  const east = longitude + spread;
  if (west < -180) return boxesOf({ west: west + 360, south, east, north });
  if (east > 180) return boxesOf({ west, south, east: east - 360, north });
  return [{ west, south, east, north }];
}

/**
 * Great-circle (haversine) distance in metres from a point given as two parameters to the listing
 * `l`'s public point: search never reads the exact one, so no answer can tell more than the listing shows.
 */
export const DISTANCE_SQL = `(2 * ${EARTH_RADIUS_M} * asin(least(1, sqrt(
  power(sin(radians(l.public_latitude - ?::float8) / 2), 2)
  + cos(radians(?::float8)) * cos(radians(l.public_latitude)) * power(sin(radians(l.public_longitude - ?::float8) / 2), 2)))))`;
