import type { Config } from '../runtime/config';
import type { RenderedSize } from './image-pipeline';
import { allMediaKeys, MEDIA_CONTENT_TYPE, mediaKey, type MediaCollection } from './media-collection';
import { createMediaStorage, type MediaStorage } from './storage/media-storage';

/** One stored size, as the domain keeps it on its record (JSON) and builds its URL from. */
export interface StoredMediaSize<Name extends string = string> {
  name: Name;
  key: string;
  width: number;
  height: number;
}

/** One collection's files in the shared storage, under keys generated from the record id. */
export class MediaFiles<Name extends string> {
  constructor(
    readonly collection: MediaCollection<Name>,
    readonly storage: MediaStorage,
  ) {}

  /** For processes that only remove files (cleanup jobs): the configured storage. */
  static of<Name extends string>(collection: MediaCollection<Name>, media: Config['media']): MediaFiles<Name> {
    return new MediaFiles(collection, createMediaStorage(media));
  }

  async store(id: string, sizes: RenderedSize<Name>[]): Promise<StoredMediaSize<Name>[]> {
    const stored = sizes.map(({ name, width, height }) => ({
      name,
      key: mediaKey(this.collection, id, name),
      width,
      height,
    }));
    await Promise.all(sizes.map((size, i) => this.storage.put(stored[i].key, size.data, MEDIA_CONTENT_TYPE)));
    return stored;
  }

  /** Every key the record could have, stored or not, so the files of an upload cut short go too. */
  remove(id: string): Promise<void> {
    return this.storage.remove(allMediaKeys(this.collection, id));
  }
}
