import { LockMode, type MikroORM } from '@mikro-orm/postgresql';
import type { Clock } from '../../../../platform/runtime/clock';
import { Listing } from '../../listing/listing.entity';
import { ListingPhoto, PhotoStatus } from '../listing-photo.entity';
import { discardPhoto } from '../photo-files';
import { PHOTO_CONTENT_TYPE, photoKey } from '../photo-keys';
import type { MediaStorage } from '../storage/media-storage';
import { inspectImage, renderSizes, type RenderedSize } from './image-pipeline';
import { UploadRefusal } from './upload-refusal';

export type Claim = 'claimed' | 'used' | 'unknown' | 'expired';

/** Receives the bytes behind a signed upload URL and turns them into a READY photo. */
export class PhotoUploadService {
  constructor(
    private readonly orm: MikroORM,
    private readonly storage: MediaStorage,
    private readonly maxPixels: number,
    private readonly clock: Clock,
  ) {}

  /** PENDING → PROCESSING in one statement: of two requests with one URL, exactly one gets it. */
  async claim(photoId: string): Promise<Claim> {
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
    await this.orm.em.fork().nativeUpdate(ListingPhoto, { id: photoId, status: PhotoStatus.PROCESSING }, { status: PhotoStatus.PENDING });
  }

  /** Checks, re-encodes and stores a claimed photo's bytes; throws an UploadRefusal for a file it will not take. */
  async process(photoId: string, bytes: Buffer): Promise<ListingPhoto> {
    const inspection = await inspectImage(bytes, this.maxPixels);
    if (!inspection.ok && inspection.reason === 'too_many_pixels') throw UploadRefusal.imageTooLarge(this.maxPixels);
    if (!inspection.ok) throw UploadRefusal.unsupported();
    const sizes = await renderSizes(bytes, this.maxPixels).catch(() => {
      throw UploadRefusal.unsupported();
    });
    await Promise.all(sizes.map((size) => this.storage.put(photoKey(photoId, size.name), size.data, PHOTO_CONTENT_TYPE)));
    const ready = await this.markReady(photoId, sizes);
    // Deleted or cleaned up while it was processed: its files must not stay behind.
    if (!ready) {
      await discardPhoto(this.orm.em.fork(), this.storage, photoId);
      throw UploadRefusal.gone();
    }
    return ready;
  }

  /** Appends the photo to its listing's order, under the listing lock every photo change takes. */
  private markReady(photoId: string, sizes: RenderedSize[]): Promise<ListingPhoto | null> {
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
        sizes: sizes.map(({ name, width, height }) => ({ name, key: photoKey(photoId, name), width, height })),
        width: largest.width,
        height: largest.height,
      });
      await tx.flush();
      return photo;
    });
  }
}
