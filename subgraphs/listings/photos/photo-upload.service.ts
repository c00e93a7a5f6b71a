import { LockMode, type MikroORM } from '@mikro-orm/postgresql';
import type { MediaFiles, StoredMediaSize } from '../../../platform/media/media-files';
import type { MediaUploadHandler, UploadAccepted, UploadClaim } from '../../../platform/media/media-upload';
import type { Clock } from '../../../platform/runtime/clock';
import { Listing } from '../listing/listing.entity';
import { ListingPhoto, PhotoStatus } from './listing-photo.entity';
import { discardPhoto } from './photo-files';
import type { PhotoSizeName } from './photo-media';

/** Listings' side of a photo upload: the ListingPhoto row a signed URL names, from PENDING to READY. */
export class PhotoUploadService implements MediaUploadHandler<PhotoSizeName> {
  constructor(
    private readonly orm: MikroORM,
    private readonly files: MediaFiles<PhotoSizeName>,
    private readonly clock: Clock,
  ) {}

  /** PENDING → PROCESSING in one statement: of two requests with one URL, exactly one gets it. */
  async claim(photoId: string): Promise<UploadClaim> {
    const em = this.orm.em.fork();
    const claimed = await em.nativeUpdate(
      ListingPhoto,
      { id: photoId, status: PhotoStatus.PENDING, uploadExpiresAt: { $gt: this.clock() } },
      { status: PhotoStatus.PROCESSING },
    );
    if (claimed === 1) return 'claimed';
    const photo = await em.findOne(ListingPhoto, photoId);
    if (!photo || photo.status === PhotoStatus.DELETED) return 'unknown';
    return photo.status === PhotoStatus.PENDING ? 'expired' : 'used';
  }

  /** A refused file does not use the URL up: the host may send a proper one while it is valid. */
  async release(photoId: string): Promise<void> {
    await this.orm.em
      .fork()
      .nativeUpdate(ListingPhoto, { id: photoId, status: PhotoStatus.PROCESSING }, { status: PhotoStatus.PENDING });
  }

  async complete(photoId: string, sizes: StoredMediaSize<PhotoSizeName>[]): Promise<UploadAccepted | null> {
    const photo = await this.markReady(photoId, sizes);
    if (!photo) return null;
    return {
      body: { photoId: photo.id, width: photo.width, height: photo.height },
      log: { listingId: photo.listingId },
    };
  }

  discard(photoId: string): Promise<void> {
    return discardPhoto(this.orm.em.fork(), this.files, photoId);
  }

  /** Appends the photo to its listing's order, under the listing lock every photo change takes. */
  private markReady(photoId: string, sizes: StoredMediaSize<PhotoSizeName>[]): Promise<ListingPhoto | null> {
    return this.orm.em.fork().transactional(async (tx) => {
      const claimed = await tx.findOne(ListingPhoto, { id: photoId, status: PhotoStatus.PROCESSING });
      if (!claimed) return null;
      await tx.findOne(Listing, { id: claimed.listingId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      const photo = await tx.findOne(ListingPhoto, { id: photoId, status: PhotoStatus.PROCESSING }, { refresh: true });
      if (!photo) return null;
      const largest = sizes[sizes.length - 1];
      tx.assign(photo, {
        status: PhotoStatus.READY,
        position: await tx.count(ListingPhoto, { listingId: photo.listingId, status: PhotoStatus.READY }),
        sizes,
        width: largest.width,
        height: largest.height,
      });
      await tx.flush();
      return photo;
    });
  }
}
