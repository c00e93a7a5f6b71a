import type { EntityManager } from '@mikro-orm/postgresql';
import { defineHandler } from '../../../platform/events/event-handler';
import { ListingAvailabilityChanged } from '../../../contracts/events/bookings';
import { forgetSearchesAfterCommit } from './forget-searches.job';

/** Replaces the listing's occupied nights with the snapshot unless a newer snapshot is already in. */
export const recordAvailability = defineHandler({
  name: 'listings.record_availability',
  event: ListingAvailabilityChanged,
  kind: 'projection',
  description: 'occupied nights for search\'s "available for the whole stay"',
  handle: async ({ payload }, { em }) => {
    const ranges = payload.occupied.map(() => 'daterange(?::date, ?::date)');
    await em.execute(
      `insert into listings.listing_availability (listing_id, sequence, occupied)
       values (?, ?, datemultirange(${ranges.join(', ')}))
       on conflict (listing_id) do update set sequence = excluded.sequence, occupied = excluded.occupied
       where listing_availability.sequence < excluded.sequence`,
      [payload.listingId, payload.sequence, ...payload.occupied.flatMap((range) => [range.from, range.to])],
    );
    await forgetSearchesAfterCommit(em);
  },
});

export async function resetAvailability(em: EntityManager): Promise<void> {
  await em.execute('delete from listings.listing_availability');
}
