import type { Clock } from '../kernel/clock';
import { HostListingsResolver } from './external/host-listings.resolver';
import { HostingResolver } from './listing/hosting.resolver';
import { ListingQueries } from './listing/listing.queries';
import { ListingService } from './listing/listing.service';

/** Builds the listings services once per process and returns the resolvers that use them. */
export function listingsResolvers(options: { clock: Clock }): object[] {
  return [new HostingResolver(new ListingService(options.clock)), new HostListingsResolver(new ListingQueries())];
}
