import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { ListingTerms } from './listing-terms.entity';

const uuid = z.uuid();

export function isUuid(id: string): boolean {
  return uuid.safeParse(id).success;
}

/** Batches every lookup of listing terms in one request (a page of bookings' listings) into one statement. */
export function createListingTermsLoader(em: EntityManager): DataLoader<string, ListingTerms | null> {
  return new DataLoader(async (ids) => {
    const wellFormed = ids.filter(isUuid);
    const rows = wellFormed.length > 0 ? await em.find(ListingTerms, { listingId: { $in: wellFormed } }) : [];
    const byId = new Map(rows.map((row) => [row.listingId, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}
