import type { ListingTermsPayload } from '../../../contracts/events/listings';
import type { Listing } from './listing.entity';

/** What other domains need to know about a listing, as its events carry it. */
export function listingTerms(listing: Listing): ListingTermsPayload {
  return {
    listingId: listing.id,
    hostId: listing.hostId,
    version: listing.version,
    // Drafts are never announced: publish() checks the payload and refuses this for one.
    status: listing.status as ListingTermsPayload['status'],
    title: listing.title,
    currency: listing.currency,
    nightlyPriceMinor: listing.nightlyPriceMinor,
    cleaningFeeMinor: listing.cleaningFeeMinor,
    maxGuests: listing.capacity.guests,
    minNights: listing.minNights,
    maxNights: listing.maxNights,
    instantBook: listing.instantBook,
    cancellationPolicy: listing.cancellationPolicy,
    timeZone: listing.timeZone,
    checkInTime: listing.checkInTime,
    checkOutTime: listing.checkOutTime,
  };
}
