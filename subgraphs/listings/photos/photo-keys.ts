/** Stored files never change (a key belongs to one upload), so caches may keep them for good. */
export const IMMUTABLE_CACHE_CONTROL = 'public, max-age=31536000, immutable';

export const PHOTO_CONTENT_TYPE = 'image/webp';

/** The sizes every photo is re-encoded into: each at most this wide, never wider than the original. */
export const PHOTO_SIZES = [
  { name: 'small', width: 320 },
  { name: 'medium', width: 960 },
  { name: 'large', width: 1920 },
] as const;

export type PhotoSizeName = (typeof PHOTO_SIZES)[number]['name'];

/** Generated from the photo id and the size: a fixed set per photo, so cleanup finds every file even after a crash. */
export function photoKey(photoId: string, size: PhotoSizeName): string {
  return `photos/${photoId}/${size}.webp`;
}

export function allPhotoKeys(photoId: string): string[] {
  return PHOTO_SIZES.map((size) => photoKey(photoId, size.name));
}

const KEY = new RegExp(`^photos/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/(${PHOTO_SIZES.map((s) => s.name).join('|')})\\.webp$`);

/** Only keys this module generates are served: nothing else under the media directory, no path tricks. */
export function isPhotoKey(key: string): boolean {
  return KEY.test(key);
}

/**
 * Which sizes to produce for an image this wide: each size's width capped at the original's, and
 * a size left out when it would be no wider than the one before (no upscaling, no duplicates).
 */
export function plannedSizes(originalWidth: number): { name: PhotoSizeName; width: number }[] {
  const planned: { name: PhotoSizeName; width: number }[] = [];
  for (const size of PHOTO_SIZES) {
    const width = Math.min(size.width, originalWidth);
    if (width > (planned.at(-1)?.width ?? 0)) planned.push({ name: size.name, width });
  }
  return planned;
}
