import type { EntityManager } from '@mikro-orm/postgresql';
import { defineHandler } from '../../../platform/events/event-handler';
import {
  ListingDeactivated,
  ListingPublished,
  ListingReactivated,
  ListingUpdated,
  type ListingTermsPayload,
} from '../../../contracts/events/listings';

/** Upserts a listing's terms unless a newer version is already known (delivery order is not guaranteed). */
async function recordTerms(em: EntityManager, terms: ListingTermsPayload): Promise<void> {
  await em.execute(
    `insert into bookings.listing_terms (listing_id, host_id, version, status, title, currency, nightly_price_minor, cleaning_fee_minor,
       max_guests, min_nights, max_nights, instant_book, cancellation_policy, time_zone, check_in_time, check_out_time)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     on conflict (listing_id) do update set
       host_id = excluded.host_id, version = excluded.version, status = excluded.status, title = excluded.title,
       currency = excluded.currency, nightly_price_minor = excluded.nightly_price_minor, cleaning_fee_minor = excluded.cleaning_fee_minor,
       max_guests = excluded.max_guests, min_nights = excluded.min_nights, max_nights = excluded.max_nights,
       instant_book = excluded.instant_book, cancellation_policy = excluded.cancellation_policy, time_zone = excluded.time_zone,
       check_in_time = excluded.check_in_time, check_out_time = excluded.check_out_time
     where listing_terms.version < excluded.version`,
    [
      terms.listingId,
      terms.hostId,
      terms.version,
      terms.status,
      terms.title,
      terms.currency,
      terms.nightlyPriceMinor,
      terms.cleaningFeeMinor,
      terms.maxGuests,
      terms.minNights,
      terms.maxNights,
      terms.instantBook,
      terms.cancellationPolicy,
      terms.timeZone,
      terms.checkInTime,
      terms.checkOutTime,
    ],
  );
}

/** The four listing events share one payload: the terms after the change. */
function projectionOf(event: typeof ListingPublished, name: string) {
  return defineHandler({
    name,
    event,
    kind: 'projection',
    description: 'the listing terms bookings quotes and books against',
    handle: ({ payload }, { em }) => recordTerms(em, payload),
  });
}

export const LISTING_TERMS_HANDLERS = [
  projectionOf(ListingPublished, 'bookings.project_published_listing'),
  projectionOf(ListingUpdated, 'bookings.project_updated_listing'),
  projectionOf(ListingDeactivated, 'bookings.project_deactivated_listing'),
  projectionOf(ListingReactivated, 'bookings.project_reactivated_listing'),
];

export async function resetListingTerms(em: EntityManager): Promise<void> {
  await em.execute('delete from bookings.listing_terms');
}
