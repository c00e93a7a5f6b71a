import { v7 } from 'uuid';

/** Time-ordered UUIDv7: index-friendly primary keys that still reveal nothing guessable. */
export function newId(): string {
  return v7();
}
