import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isListingId } from './listing-id';
import { Listing } from './listing.entity';

/** Batches every listing lookup of one request (a page of bookings' listings) into one statement. */
export function createListingLoader(em: EntityManager): DataLoader<string, Listing | null> {
  return new DataLoader(async (ids) => {
    const wellFormed = ids.filter(isListingId);
    const listings = wellFormed.length > 0 ? await em.find(Listing, { id: { $in: wellFormed } }) : [];
    const byId = new Map(listings.map((l) => [l.id, l]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}
