import type { Address } from './address.embeddable';

/**
 * What everyone but the host and admins learns of where a place is: the area, not the door. Two
 * decimals of a degree are about a kilometre; street and postal code are withheld. Stored on write
 * as the listing's public point, which search uses for everyone. Written as floor(x + 0.5), which
 * PostgreSQL computes with the same float8 steps: Migration20261202090000PublicLocation backfills
 * with that expression and a test holds the two equal.
 */
export function approximateCoordinate(degrees: number): number {
  return Math.floor(degrees * 100 + 0.5) / 100;
}

export function publicAddress(address: Address): Address {
  return { ...address, street: null, postalCode: null } as unknown as Address;
}

/** Distances in half kilometres, so a few searches from chosen points cannot pin a place down. */
export function approximateDistanceKm(km: number): number {
  return Math.round(km * 2) / 2;
}
