import { z } from 'zod';
import { defineEvent } from '../../platform/events/event-definition';
import { CancellationPolicy, ListingStatus } from './listing/listing.enums';

/**
 * Every listing event carries the listing's bookable terms as they are after the change, so a
 * consumer (bookings' listing projection) keeps one row per listing by upserting the newest
 * `version` and needs no other call.
 */
const listingTerms = z.object({
  listingId: z.uuid(),
  hostId: z.uuid(),
  version: z.number().int().positive(),
  status: z.enum([ListingStatus.PUBLISHED, ListingStatus.DEACTIVATED]),
  title: z.string(),
  currency: z.string().length(3),
  nightlyPriceMinor: z.number().int().positive(),
  cleaningFeeMinor: z.number().int().nonnegative(),
  maxGuests: z.number().int().positive(),
  minNights: z.number().int().positive(),
  maxNights: z.number().int().positive(),
  instantBook: z.boolean(),
  cancellationPolicy: z.enum(CancellationPolicy),
  timeZone: z.string(),
  checkInTime: z.string(),
  checkOutTime: z.string(),
});

export type ListingTerms = z.input<typeof listingTerms>;

export const ListingPublished = defineEvent({
  name: 'listing.published',
  version: 1,
  producer: 'listings',
  description: 'A host published a draft: the listing can be found and booked.',
  payload: listingTerms,
});

export const ListingUpdated = defineEvent({
  name: 'listing.updated',
  version: 1,
  producer: 'listings',
  description: 'A host changed a published or deactivated listing; the payload has the new terms.',
  payload: listingTerms,
});

export const ListingDeactivated = defineEvent({
  name: 'listing.deactivated',
  version: 1,
  producer: 'listings',
  description: 'A host took a published listing off the market: it can no longer be found or booked.',
  payload: listingTerms,
});

export const ListingReactivated = defineEvent({
  name: 'listing.reactivated',
  version: 1,
  producer: 'listings',
  description: 'A host put a deactivated listing back on the market.',
  payload: listingTerms,
});

export const LISTINGS_EVENTS = [ListingPublished, ListingUpdated, ListingDeactivated, ListingReactivated];
