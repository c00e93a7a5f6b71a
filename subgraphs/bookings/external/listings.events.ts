import { z } from 'zod';
import { defineEvent } from '../../../platform/events/event-definition';

/*
 * The listings events this subgraph consumes, declared again here because subgraphs never import
 * each other: name, version, producer and payload must stay identical to listings' own definitions
 * (schema/events.md is the contract).
 */

const listingTerms = z.object({
  listingId: z.uuid(),
  hostId: z.uuid(),
  version: z.number().int().positive(),
  status: z.enum(['PUBLISHED', 'DEACTIVATED']),
  title: z.string(),
  currency: z.string().length(3),
  nightlyPriceMinor: z.number().int().positive(),
  cleaningFeeMinor: z.number().int().nonnegative(),
  maxGuests: z.number().int().positive(),
  minNights: z.number().int().positive(),
  maxNights: z.number().int().positive(),
  instantBook: z.boolean(),
  cancellationPolicy: z.enum(['FLEXIBLE', 'MODERATE', 'STRICT', 'NON_REFUNDABLE']),
  timeZone: z.string(),
  checkInTime: z.string(),
  checkOutTime: z.string(),
});

export type ListingTermsPayload = z.output<typeof listingTerms>;

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
