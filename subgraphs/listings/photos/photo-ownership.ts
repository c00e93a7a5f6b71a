import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { isListingId } from '../listing/listing-id';
import { Listing } from '../listing/listing.entity';
import { ListingPhoto, type PhotoStatus } from './listing-photo.entity';

/**
 * The host's own listing, row-locked: every change to a listing's photos (count, positions) takes
 * this lock first, so concurrent uploads, reorders and deletions apply one after another.
 */
export function lockOwnListing(tx: EntityManager, hostId: string, listingId: string): Promise<Listing | null> {
  if (!isListingId(listingId)) return Promise.resolve(null);
  return tx.findOne(Listing, { id: listingId, hostId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
}

/** The host's photo in one of `statuses`, read again once its listing is locked (same lock order as uploads). */
export async function lockOwnPhoto(
  tx: EntityManager,
  hostId: string,
  photoId: string,
  statuses: PhotoStatus[],
): Promise<ListingPhoto | null> {
  if (!isListingId(photoId)) return null;
  const found = await tx.findOne(ListingPhoto, { id: photoId, status: { $in: statuses } });
  if (!found || !(await lockOwnListing(tx, hostId, found.listingId))) return null;
  return tx.findOne(ListingPhoto, { id: photoId, status: { $in: statuses } }, { refresh: true });
}
