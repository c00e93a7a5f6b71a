import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../../platform/runtime/clock';
import { publish } from '../../../platform/events/publish';
import { ListingAvailabilityChanged } from '../../../contracts/events/bookings';
import { todayIn } from '../stay/local-dates';
import { occupiedFrom, type DateRange } from './occupied-ranges';

interface AvailabilitySnapshot {
  sequence: number;
  occupied: DateRange[];
}

/** The calendar's version and occupancy from `today` on, read in one statement so the two agree. */
const SNAPSHOT = (version: string) => `
  select ${version} as sequence,
    coalesce((
      select json_agg(json_build_object('from', to_char(o.start_date, 'YYYY-MM-DD'), 'to', to_char(o.end_date, 'YYYY-MM-DD')))
      from bookings.occupancies o where o.listing_id = ? and o.active and o.end_date > ?::date
    ), '[]'::json) as occupied`;

/**
 * After a change of a listing's occupancy, in its transaction (which holds the calendar lock):
 * bumps the calendar version and publishes the listing's whole occupancy from today on, with that
 * version as the sequence, so a consumer can apply snapshots in any order by keeping the highest.
 */
export async function announceAvailability(
  tx: EntityManager,
  listing: { listingId: string; timeZone: string },
  meta: { clock: Clock; requestId?: string },
): Promise<number> {
  const today = todayIn(listing.timeZone, meta.clock());
  const [row] = await tx.execute<AvailabilitySnapshot[]>(
    `with bumped as (update bookings.calendars set version = version + 1 where listing_id = ? returning version)
     ${SNAPSHOT('(select version from bumped)')}`,
    [listing.listingId, listing.listingId, today],
  );
  await publishSnapshot(tx, listing.listingId, today, row, meta);
  return row.sequence;
}

/**
 * Publishes the listing's committed occupancy as of now, with the calendar version it belongs to:
 * a late or repeated run publishes a snapshot at least as new as any before it.
 */
export async function republishAvailability(
  em: EntityManager,
  listing: { listingId: string; timeZone: string },
  meta: { clock: Clock },
): Promise<void> {
  const today = todayIn(listing.timeZone, meta.clock());
  await em.transactional(async (tx) => {
    const [row] = await tx.execute<AvailabilitySnapshot[]>(
      `${SNAPSHOT('c.version')} from bookings.calendars c where c.listing_id = ?`,
      [listing.listingId, today, listing.listingId],
    );
    if (row) await publishSnapshot(tx, listing.listingId, today, row, meta);
  });
}

async function publishSnapshot(
  tx: EntityManager,
  listingId: string,
  today: string,
  row: AvailabilitySnapshot,
  meta: { clock: Clock; requestId?: string },
): Promise<void> {
  await publish(
    tx,
    ListingAvailabilityChanged,
    { listingId, sequence: row.sequence, occupied: occupiedFrom(today, row.occupied) },
    meta,
  );
}
