import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../platform/graphql/context';
import type { ListingsCache } from './cache/listings-cache';
import { createHostListingsLoader } from './external/host-listings.loader';
import { createConfirmedGuestLoader } from './listing/exact-location.loader';
import { createListingLoader } from './listing/listing.loader';
import { createListingPhotosLoader } from './photos/listing-photos.loader';

export function createLoaders(em: EntityManager, cache: ListingsCache) {
  return {
    listingById: createListingLoader(em, cache),
    hostListings: createHostListingsLoader(em),
    photosByListing: createListingPhotosLoader(em),
    confirmedGuest: createConfirmedGuestLoader(em),
  };
}

export type ListingsContext = RequestContext<ReturnType<typeof createLoaders>>;
