import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ListingPhoto, PhotoStatus } from './listing-photo.entity';

/** The READY photos of every listing one request shows, in order, in one statement (a page of 50 costs one). */
export function createListingPhotosLoader(em: EntityManager): DataLoader<string, ListingPhoto[]> {
  return new DataLoader(async (listingIds) => {
    const photos = await em.find(
      ListingPhoto,
      { listingId: { $in: [...listingIds] }, status: PhotoStatus.READY },
      { orderBy: { listingId: 'asc', position: 'asc' } },
    );
    const byListing = new Map<string, ListingPhoto[]>();
    for (const photo of photos) byListing.set(photo.listingId, [...(byListing.get(photo.listingId) ?? []), photo]);
    return listingIds.map((id) => byListing.get(id) ?? []);
  });
}
