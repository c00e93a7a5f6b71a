import { z } from 'zod';
import { defineEvent } from './event';

/**
 * A subgraph's answer to `user.export_requested`: its part of the user's data, sealed to the
 * export's public key (personal data in the append-only log would outlive any erasure). Every producer has
 * its own contract (one producer per event), all with this payload; accounts waits for one part from
 * each contract in EXPORT_PART_EVENTS (export-parts.ts) before it assembles the archive.
 */
export function exportPartReady(producer: string) {
  return defineEvent({
    name: `${producer}.export_part_ready`,
    version: 1,
    producer,
    description: `The ${producer} part of a user's data export: what ${producer} holds about the user, sealed for accounts.`,
    payload: z.object({
      exportId: z.uuid().describe('the export this part answers (from user.export_requested)'),
      userId: z.uuid().describe('whose data it is'),
      sealedPart: z
        .string()
        .min(1)
        .describe(
          "the producer's records about the user as JSON (an object by kind, e.g. listings, bookings; money in minor units), sealed to the export's public key: the log keeps only ciphertext that nobody can read once accounts has assembled the archive",
        ),
    }),
  });
}
