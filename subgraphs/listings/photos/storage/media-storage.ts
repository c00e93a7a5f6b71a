import type { Config } from '../../../../platform/runtime/config';
import { LocalMediaStorage } from './local-storage';
import { S3MediaStorage } from './s3-storage';

/** Where processed photos live. Keys are generated (photo-keys.ts), never taken from a client. */
export interface MediaStorage {
  put(key: string, body: Buffer, contentType: string): Promise<void>;
  /** Removing a key that is not there is not an error: cleanup may run twice. */
  remove(keys: string[]): Promise<void>;
}

/** Local disk by default; an S3-compatible bucket when `MEDIA_STORAGE=s3`. */
export function createMediaStorage(media: Config['media']): MediaStorage {
  return media.storage === 's3' ? new S3MediaStorage(media.s3) : new LocalMediaStorage(media.dir);
}

/** Clients fetch photos from the configured base (bucket or CDN), else through the gateway's /media route. */
export function mediaBaseUrl(config: Pick<Config, 'media' | 'publicApiUrl'>): string {
  return config.media.publicUrl ?? `${config.publicApiUrl}/media`;
}
