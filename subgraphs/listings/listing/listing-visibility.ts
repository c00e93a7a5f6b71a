import { Role } from '../../../platform/graphql/role';
import type { Viewer } from '../../../platform/graphql/viewer';
import { ListingStatus } from './listing.enums';
import type { Listing } from './listing.entity';

/** The host and admins see every listing of the host's; everyone else only what is on the market. */
export function seesEveryListingOf(viewer: Viewer | null, hostId: string): boolean {
  return viewer !== null && (viewer.id === hostId || viewer.roles.includes(Role.ADMIN));
}

/** On the market: published, by a host who is not suspended. */
export function isOnTheMarket(listing: Listing): boolean {
  return listing.status === ListingStatus.PUBLISHED && !listing.hostSuspended;
}

export function canSeeListing(viewer: Viewer | null, listing: Listing): boolean {
  return seesEveryListingOf(viewer, listing.hostId) || isOnTheMarket(listing);
}

/**
 * A listing reached through another subgraph's object (a booking's, a review's, a saved listing's)
 * stays readable once it has been on the market, even after the host was suspended or the listing
 * deactivated: that object's own subgraph authorized it, and a guest's booking must not vanish
 * (its non-null `listing` would null the whole booking). Search and `listing(id)` still hide it.
 * No one else's object can point at a draft, which never was on the market.
 */
export function canSeeReferencedListing(viewer: Viewer | null, listing: Listing): boolean {
  return seesEveryListingOf(viewer, listing.hostId) || listing.status !== ListingStatus.DRAFT;
}
