import type { EntityManager } from '@mikro-orm/postgresql';
import type { MediaPipeline } from '../../../platform/media/media-pipeline';
import type { Clock } from '../../../platform/runtime/clock';
import type { Config } from '../../../platform/runtime/config';
import type { Logger } from '../../../platform/runtime/logger';
import { ListingNotFoundError } from '../listing/listing.errors';
import { ListingPhoto, PhotoStatus } from './listing-photo.entity';
import { discardPhoto } from './photo-files';
import type { PhotoSizeName } from './photo-media';
import { lockOwnListing, lockOwnPhoto } from './photo-ownership';
import { PhotoNotFoundError, PhotoOrderMismatchError, TooManyPhotosError } from './photo.errors';
import {
  ListingPhotoDeleted,
  ListingPhotoSaved,
  ListingPhotosReordered,
  PhotoUploadTicket,
  type DeleteListingPhotoResult,
  type ReorderListingPhotosResult,
  type RequestListingPhotoUploadResult,
  type UpdateListingPhotoResult,
} from './photo.results';
import { MAX_PHOTOS_PER_LISTING, validateAltText } from './photo.validation';

/** A host's photos. Callers pass the viewer's id as `hostId`: a photo is only ever found through its host's listing. */
export class PhotoService {
  constructor(
    private readonly clock: Clock,
    private readonly config: Pick<Config, 'media'>,
    private readonly media: Pick<MediaPipeline<PhotoSizeName>, 'uploadUrl' | 'files'>,
  ) {}

  async requestUpload(
    em: EntityManager,
    hostId: string,
    listingId: string,
    altText: string,
  ): Promise<RequestListingPhotoUploadResult> {
    const parsed = validateAltText(altText);
    if (!parsed.ok) return parsed.error;
    const { uploadUrlTtlSeconds, uploadMaxBytes, uploadMaxPixels } = this.config.media;
    return em.transactional(async (tx) => {
      if (!(await lockOwnListing(tx, hostId, listingId))) return new ListingNotFoundError();
      const now = this.clock();
      // Open upload URLs count too, or a host could collect more URLs than the listing may have photos.
      const taken = await tx.count(ListingPhoto, {
        listingId,
        $or: [
          { status: PhotoStatus.READY },
          { status: { $in: [PhotoStatus.PENDING, PhotoStatus.PROCESSING] }, uploadExpiresAt: { $gt: now } },
        ],
      });
      if (taken >= MAX_PHOTOS_PER_LISTING) return new TooManyPhotosError(MAX_PHOTOS_PER_LISTING);
      const expiresAt = new Date(now.getTime() + uploadUrlTtlSeconds * 1000);
      const photo = tx.create(ListingPhoto, { listingId, altText: parsed.value, uploadExpiresAt: expiresAt });
      await tx.flush();
      return new PhotoUploadTicket({
        photoId: photo.id,
        uploadUrl: this.media.uploadUrl(photo.id, expiresAt),
        expiresAt,
        maxBytes: uploadMaxBytes,
        maxPixels: uploadMaxPixels,
      });
    });
  }

  async reorder(
    em: EntityManager,
    hostId: string,
    listingId: string,
    photoIds: string[],
  ): Promise<ReorderListingPhotosResult> {
    return em.transactional(async (tx) => {
      if (!(await lockOwnListing(tx, hostId, listingId))) return new ListingNotFoundError();
      const photos = await tx.find(ListingPhoto, { listingId, status: PhotoStatus.READY });
      const byId = new Map(photos.map((p) => [p.id, p]));
      const exact =
        photoIds.length === photos.length &&
        new Set(photoIds).size === photoIds.length &&
        photoIds.every((id) => byId.has(id));
      if (!exact) return new PhotoOrderMismatchError();
      const ordered = photoIds.map((id, position) => Object.assign(byId.get(id) as ListingPhoto, { position }));
      await tx.flush();
      return new ListingPhotosReordered(ordered);
    });
  }

  async updateAltText(
    em: EntityManager,
    hostId: string,
    photoId: string,
    altText: string,
  ): Promise<UpdateListingPhotoResult> {
    const parsed = validateAltText(altText);
    if (!parsed.ok) return parsed.error;
    return em.transactional(async (tx) => {
      const photo = await lockOwnPhoto(tx, hostId, photoId, [PhotoStatus.READY]);
      if (!photo) return new PhotoNotFoundError();
      photo.altText = parsed.value;
      await tx.flush();
      return new ListingPhotoSaved(photo);
    });
  }

  /** A pending upload can be deleted too (its URL then stops working); the others close the gap in the order. */
  async delete(em: EntityManager, hostId: string, photoId: string, logger: Logger): Promise<DeleteListingPhotoResult> {
    const deleted = await em.transactional(async (tx) => {
      const photo = await lockOwnPhoto(tx, hostId, photoId, [
        PhotoStatus.PENDING,
        PhotoStatus.PROCESSING,
        PhotoStatus.READY,
      ]);
      if (!photo) return false;
      photo.status = PhotoStatus.DELETED;
      const rest = await tx.find(
        ListingPhoto,
        { listingId: photo.listingId, status: PhotoStatus.READY, id: { $ne: photo.id } },
        { orderBy: { position: 'asc' } },
      );
      rest.forEach((p, position) => Object.assign(p, { position }));
      await tx.flush();
      return true;
    });
    if (!deleted) return new PhotoNotFoundError();
    // Already gone for clients; should the files resist now, the cleanup job removes them later.
    await discardPhoto(em, this.media.files, photoId).catch((error: unknown) =>
      logger.warn({ err: error, photoId }, 'photo files left for cleanup'),
    );
    return new ListingPhotoDeleted(photoId);
  }
}
