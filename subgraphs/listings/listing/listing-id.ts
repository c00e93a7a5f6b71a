import { z } from 'zod';

const uuid = z.uuid();

/** Ids are UUIDs; anything else names no listing (and must not reach PostgreSQL's uuid cast). */
export function isListingId(id: string): boolean {
  return uuid.safeParse(id).success;
}
