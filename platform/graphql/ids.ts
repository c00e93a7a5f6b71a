import { v7 } from 'uuid';
import { z } from 'zod';

/** Time-ordered UUIDv7: index-friendly primary keys that still reveal nothing guessable. */
export function newId(): string {
  return v7();
}

/** The written form of every platform id (any UUID version): what PostgreSQL's uuid cast accepts as is. */
const ID_FORMAT = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A platform id inside a zod schema (cursor positions, payloads). */
export const idSchema = z.string().regex(ID_FORMAT);

export function isId(value: unknown): value is string {
  return typeof value === 'string' && ID_FORMAT.test(value);
}

/**
 * The nil UUID: never issued (`newId` makes version 7), so it names nothing. A malformed id in an
 * argument is replaced by it, and the field answers exactly what it answers for an unknown id.
 */
export const UNKNOWN_ID = '00000000-0000-0000-0000-000000000000';
