import type { Config } from '../../runtime/config';
import { LocalMediaStorage } from './local-storage';
import { S3MediaStorage } from './s3-storage';

/** Where processed images live, shared by every owner (each in its own folder). Keys are generated, never taken from a client. */
export interface MediaStorage {
  put(key: string, body: Buffer, contentType: string): Promise<void>;
  /** Removing a key that is not there is not an error: cleanup may run twice. */
  remove(keys: string[]): Promise<void>;
}

/** Local disk by default; an S3-compatible bucket when `MEDIA_STORAGE=s3`. */
export function createMediaStorage(media: Config['media']): MediaStorage {
  return media.storage === 's3' ? new S3MediaStorage(media.s3) : new LocalMediaStorage(media.dir);
}
