import { publicSpherePointSql } from '../migrations/Migration20261202103000SearchAtScale';

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

/** A map rectangle as west ≤ east boxes; west > east means it crosses the antimeridian. */
export function boxesOf(area: Box): Box[] {
  if (area.west <= area.east) return [area];
  return [
    { ...area, east: 180 },
    { ...area, west: -180 },
  ];
}

/**
 * Great-circle (haversine) distance in metres from a point given as two parameters to the listing
 * `l`'s public point: search never reads the exact one, so no answer can tell more than the listing shows.
 */
export const DISTANCE_SQL = `(2 * ${EARTH_RADIUS_M} * asin(least(1, sqrt(
  power(sin(radians(l.public_latitude - ?::float8) / 2), 2)
  + cos(radians(?::float8)) * cos(radians(l.public_latitude)) * power(sin(radians(l.public_longitude - ?::float8) / 2), 2)))))`;

/** The listing `l`'s public point on the unit sphere, as the GiST index `listings_public_sphere_index` holds it. */
export const SPHERE_POINT_SQL = publicSpherePointSql('l.');

/** A point on the unit sphere given as three parameters (`sphereParams`). */
export const SPHERE_CENTRE_SQL = 'cube(array[?, ?, ?]::float8[])';

export const sphereParams = (latitude: number, longitude: number): number[] => [
  Math.cos(radians(latitude)) * Math.cos(radians(longitude)),
  Math.cos(radians(latitude)) * Math.sin(radians(longitude)),
  Math.sin(radians(latitude)),
];

/**
 * The straight-line (chord) distance on the unit sphere spanning `radiusM` of great circle, with a
 * hair to spare for rounding: the index's first cut never drops a point the exact distance keeps.
 */
export const chordOf = (radiusM: number): number =>
  2 * Math.sin(Math.min(Math.PI, radiusM / EARTH_RADIUS_M) / 2) + 1e-9;
