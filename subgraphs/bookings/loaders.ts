import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../platform/graphql/context';
import { createBookingLoader, createTransitionsLoader } from './booking/booking.loader';
import { createRefundsLoader } from './projections/booking-refund.loader';
import { createListingTermsLoader } from './projections/listing-terms.loader';

export function createLoaders(em: EntityManager) {
  return {
    listingTerms: createListingTermsLoader(em),
    bookingById: createBookingLoader(em),
    transitionsByBooking: createTransitionsLoader(em),
    refundsByBooking: createRefundsLoader(em),
  };
}

export type BookingsContext = RequestContext<ReturnType<typeof createLoaders>>;
