import { z } from 'zod';
import { CancellationPolicy, ListingStatus } from '../enums/listings';
import { defineEvent } from './event';
import { exportPartReady } from './data-export';

const minorUnits = "in the currency's minor units (12050 USD is $120.50)";

/**
 * Every listing event carries the listing's bookable terms as they are after the change, so a
 * consumer (bookings' listing projection) keeps one row per listing by upserting the newest
 * `version` and needs no other call.
 */
const listingTerms = z.object({
  listingId: z.uuid().describe('the listing'),
  hostId: z.uuid().describe('its host'),
  version: z
    .number()
    .int()
    .positive()
    .describe(
      "the listing's version after the change: keep the highest per listingId, whatever order deliveries come in",
    ),
  status: z.enum([ListingStatus.PUBLISHED, ListingStatus.DEACTIVATED]).describe('drafts are never announced'),
  title: z.string().describe("the listing's title"),
  currency: z.string().length(3).describe('ISO 4217 code the prices are in'),
  nightlyPriceMinor: z.number().int().positive().describe(`price of one night, ${minorUnits}`),
  cleaningFeeMinor: z.number().int().nonnegative().describe(`charged once per stay, ${minorUnits}`),
  maxGuests: z.number().int().positive().describe('most guests a stay may have'),
  minNights: z.number().int().positive().describe('fewest nights a stay may have'),
  maxNights: z.number().int().positive().describe('most nights a stay may have'),
  instantBook: z.boolean().describe('true: a booking awaits payment at once; false: it awaits the host first'),
  cancellationPolicy: z.enum(CancellationPolicy).describe("the guest's refund when they cancel; bookings applies it"),
  timeZone: z.string().describe("IANA time zone of the place: stays' local dates and times are in it"),
  checkInTime: z.string().describe('local time HH:MM'),
  checkOutTime: z.string().describe('local time HH:MM'),
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

export const ListingsExportPartReady = exportPartReady('listings');

export const LISTINGS_EVENTS = [
  ListingPublished,
  ListingUpdated,
  ListingDeactivated,
  ListingReactivated,
  ListingsExportPartReady,
];
