import type { JobDefinition } from '../../../platform/events/event-handler';
import { MediaFiles } from '../../../platform/media/media-files';
import { ListingPhoto, PhotoStatus } from './listing-photo.entity';
import { discardPhoto } from './photo-files';
import { PHOTO_MEDIA } from './photo-media';

/** Per run, so one run stays short; a backlog drains over the following runs. */
const BATCH = 500;

/**
 * Every 15 minutes: removes the files and rows of deleted photos and of uploads never finished
 * before their URL expired (abandoned, refused, or interrupted by a crash mid-processing).
 */
export const cleanUpPhotos: JobDefinition = {
  name: 'listings.clean_up_photos',
  async run(_payload, { em, clock, config, logger, signal }) {
    const files = MediaFiles.of(PHOTO_MEDIA, config.media);
    const stale = await em.find(
      ListingPhoto,
      {
        $or: [
          { status: PhotoStatus.DELETED },
          { status: { $in: [PhotoStatus.PENDING, PhotoStatus.PROCESSING] }, uploadExpiresAt: { $lte: clock() } },
        ],
      },
      { fields: ['id'], limit: BATCH, orderBy: { uploadExpiresAt: 'asc' } },
    );
    let removed = 0;
    for (const { id } of stale) {
      if (signal.aborted) break;
      // An upload still PROCESSING is cut short (it then finds its row gone and removes its own files);
      // one that became READY since the query is left alone.
      const marked = await em.nativeUpdate(
        ListingPhoto,
        { id, status: { $ne: PhotoStatus.READY } },
        { status: PhotoStatus.DELETED },
      );
      if (marked === 0) continue;
      await discardPhoto(em, files, id);
      removed += 1;
    }
    logger.info({ removed }, 'cleaned up photos');
  },
};
