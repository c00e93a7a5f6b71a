import type { Clock } from '../../platform/runtime/clock';
import type { ListingsCache } from './cache/listings-cache';
import { HostListingsResolver } from './external/host-listings.resolver';
import { HostingResolver } from './listing/hosting.resolver';
import { ListingService } from './listing/listing.service';
import { ListingSearchService } from './search/listing-search.service';
import { SearchResolver } from './search/search.resolver';
import type { PhotoWiring } from './photos/photo-wiring';

/** Builds the listings services once per process and returns the resolvers that use them. */
export function listingsResolvers(options: { clock: Clock; photos: PhotoWiring; cache: ListingsCache }): object[] {
  return [
    new HostingResolver(new ListingService(options.clock, options.cache)),
    new HostListingsResolver(),
    new SearchResolver(new ListingSearchService(options.clock, options.cache)),
    ...options.photos.resolvers(),
  ];
}
