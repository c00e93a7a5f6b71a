import type { EntityManager } from '@mikro-orm/postgresql';
import { ListingPhoto, PhotoStatus } from './listing-photo.entity';
import { allPhotoKeys } from './photo-keys';
import type { MediaStorage } from './storage/media-storage';

/**
 * Removes a photo's files, then its row. Files first: if removal fails the row stays (DELETED or
 * expired) and the cleanup job tries again; a row never outlives its files' removal unnoticed.
 */
export async function discardPhoto(em: EntityManager, storage: MediaStorage, photoId: string): Promise<void> {
  await storage.remove(allPhotoKeys(photoId));
  await em.nativeDelete(ListingPhoto, { id: photoId, status: { $ne: PhotoStatus.READY } });
}
