import type { EntityManager } from '@mikro-orm/postgresql';
import type { MediaFiles } from '../../../platform/media/media-files';
import { ListingPhoto, PhotoStatus } from './listing-photo.entity';
import type { PhotoSizeName } from './photo-media';

/**
 * Removes a photo's files, then its row. Files first: if removal fails the row stays (DELETED or
 * expired) and the cleanup job tries again; a row never outlives its files' removal unnoticed.
 */
export async function discardPhoto(
  em: EntityManager,
  files: MediaFiles<PhotoSizeName>,
  photoId: string,
): Promise<void> {
  await files.remove(photoId);
  await em.nativeDelete(ListingPhoto, { id: photoId, status: { $ne: PhotoStatus.READY } });
}
