import { defineMediaCollection } from '../../../platform/media/media-collection';

/**
 * Listing photos in the platform's media pipeline: keys `photos/<photoId>/<size>.webp` (the form
 * stored since the first upload), each photo re-encoded into these sizes.
 */
export const PHOTO_MEDIA = defineMediaCollection({
  owner: 'listings',
  folder: 'photos',
  sizes: [
    { name: 'small', width: 320 },
    { name: 'medium', width: 960 },
    { name: 'large', width: 1920 },
  ],
});

export type PhotoSizeName = (typeof PHOTO_MEDIA.sizes)[number]['name'];
