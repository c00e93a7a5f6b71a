/** Stored files never change (a key belongs to one upload), so caches may keep them for good. */
export const IMMUTABLE_CACHE_CONTROL = 'public, max-age=31536000, immutable';

/** Every size of every collection is stored as WebP. */
export const MEDIA_CONTENT_TYPE = 'image/webp';

export interface MediaSize<Name extends string = string> {
  name: Name;
  /** At most this wide, never wider than the original. */
  width: number;
}

/** One kind of image a domain keeps (listing photos, avatars): where its files go and the sizes each upload becomes. */
export interface MediaCollection<Name extends string = string> {
  /** The subgraph that owns the records and serves the files: `/media/<owner>/…`, `/media/uploads/<owner>/…`. */
  owner: string;
  /** First segment of every key, the owner's own folder of the shared storage (schema/subgraphs.json). */
  folder: string;
  /** Narrowest first. */
  sizes: readonly MediaSize<Name>[];
  /** `square`: each size is cut to the centred square of the image (avatars); by default the proportions stay. */
  shape?: 'square';
}

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const NAME = /^[a-z][a-z0-9-]*$/;

/** Checks a collection once, where a domain declares it; `const` keeps the size names as a union type. */
export function defineMediaCollection<const Name extends string>(
  collection: MediaCollection<Name>,
): MediaCollection<Name> {
  const { owner, folder, sizes } = collection;
  const names = [owner, folder, ...sizes.map((s) => s.name)];
  if (sizes.length === 0 || !names.every((name) => NAME.test(name)))
    throw new Error(`media collection ${owner}/${folder}: names must be lower-case words, and sizes given`);
  if (sizes.some((size, i) => i > 0 && size.width <= sizes[i - 1].width))
    throw new Error(`media collection ${owner}/${folder}: sizes must grow`);
  return collection;
}

/** Generated from the record id and the size: a fixed set per record, so cleanup finds every file even after a crash. */
export function mediaKey<Name extends string>(collection: MediaCollection<Name>, id: string, size: Name): string {
  return `${collection.folder}/${id}/${size}.webp`;
}

export function allMediaKeys<Name extends string>(collection: MediaCollection<Name>, id: string): string[] {
  return collection.sizes.map((size) => mediaKey(collection, id, size.name));
}

/** Only keys this module generates are served: nothing else under the media directory, no path tricks. */
export function isMediaKey(collection: MediaCollection, key: string): boolean {
  const sizes = collection.sizes.map((s) => s.name).join('|');
  return new RegExp(`^${collection.folder}/${UUID}/(${sizes})\\.webp$`).test(key);
}

/**
 * Which sizes to produce for an image this wide: each size's width capped at the original's, and
 * a size left out when it would be no wider than the one before (no upscaling, no duplicates).
 */
export function plannedSizes<Name extends string>(
  sizes: readonly MediaSize<Name>[],
  originalWidth: number,
): MediaSize<Name>[] {
  const planned: MediaSize<Name>[] = [];
  for (const size of sizes) {
    const width = Math.min(size.width, originalWidth);
    if (width > (planned.at(-1)?.width ?? 0)) planned.push({ name: size.name, width });
  }
  return planned;
}
