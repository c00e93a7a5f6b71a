import type { EntityManager } from '@mikro-orm/postgresql';
import { occupiedBetween, occupy, release } from './occupancy-store';
import { OccupancyKind } from './occupancy.entity';
import type { DateRange } from './occupied-ranges';

/**
 * Blocks [from, to), merging with the host's blocks it overlaps (the exclusion constraint forbids
 * overlapping rows, blocks included). Throws the constraint's error when a booking holds a night.
 */
export async function blockNights(
  tx: EntityManager,
  listingId: string,
  block: DateRange & { note: string | null },
  now: Date,
): Promise<void> {
  const overlapping = await occupiedBetween(tx, listingId, block.from, block.to, OccupancyKind.BLOCK);
  await release(
    tx,
    overlapping.map((b) => b.id),
  );
  const from = [block.from, ...overlapping.map((b) => b.from)].sort()[0];
  const to = [block.to, ...overlapping.map((b) => b.to)].sort().at(-1) as string;
  await occupy(tx, { listingId, kind: OccupancyKind.BLOCK, from, to, note: block.note }, now);
}

/** Opens [from, to) again: blocks inside it go, blocks reaching beyond it keep their outer part. */
export async function unblockNights(tx: EntityManager, listingId: string, range: DateRange, now: Date): Promise<void> {
  const overlapping = await occupiedBetween(tx, listingId, range.from, range.to, OccupancyKind.BLOCK);
  await release(
    tx,
    overlapping.map((b) => b.id),
  );
  for (const block of overlapping) {
    if (block.from < range.from)
      await occupy(
        tx,
        { listingId, kind: OccupancyKind.BLOCK, from: block.from, to: range.from, note: block.note },
        now,
      );
    if (block.to > range.to)
      await occupy(tx, { listingId, kind: OccupancyKind.BLOCK, from: range.to, to: block.to, note: block.note }, now);
  }
}
