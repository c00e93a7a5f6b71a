import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../../platform/runtime/clock';
import { publish } from '../../../platform/events/publish';
import { ListingAvailabilityChanged } from '../../../contracts/events/bookings';
import { todayIn } from '../stay/local-dates';
import { bumpCalendar } from './calendar-lock';
import { occupiedFrom } from './occupied-ranges';

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
  const sequence = await bumpCalendar(tx, listing.listingId);
  const today = todayIn(listing.timeZone, meta.clock());
  const rows = await tx.execute<{ from: string; to: string }[]>(
    `select to_char(start_date, 'YYYY-MM-DD') as "from", to_char(end_date, 'YYYY-MM-DD') as "to"
     from bookings.occupancies where listing_id = ? and active and end_date > ?::date`,
    [listing.listingId, today],
  );
  await publish(
    tx,
    ListingAvailabilityChanged,
    { listingId: listing.listingId, sequence, occupied: occupiedFrom(today, rows) },
    meta,
  );
  return sequence;
}
