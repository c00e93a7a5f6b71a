import type { Cursor } from '@mikro-orm/core';
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { Listing } from './listing.entity';
import { ListingStatus } from './listing.enums';

export class ListingQueries {
  /** A host's listings, newest first (UUIDv7 ids sort by creation); only those on the market unless `everything`. */
  byHost(em: EntityManager, hostId: string, everything: boolean, page: { first: number; after?: string }): Promise<Cursor<Listing, never, '*', never, false>> {
    const where: FilterQuery<Listing> = everything ? { hostId } : { hostId, status: ListingStatus.PUBLISHED, hostSuspended: false };
    return em.findByCursor(Listing, where, { ...page, orderBy: { id: 'desc' }, includeCount: false });
  }
}
