import { DeleteObjectsCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { Config } from '../../runtime/config';
import { IMMUTABLE_CACHE_CONTROL } from '../media-collection';
import type { MediaStorage } from './media-storage';

/** Any S3-compatible bucket; clients read it directly (MEDIA_PUBLIC_URL, a CDN or the bucket's URL). */
export class S3MediaStorage implements MediaStorage {
  private readonly client: S3Client;
  private readonly bucket: string;

  constructor(s3: Config['media']['s3']) {
    if (!s3.bucket) throw new Error('S3_BUCKET is required when MEDIA_STORAGE=s3');
    this.bucket = s3.bucket;
    this.client = new S3Client({
      region: s3.region,
      endpoint: s3.endpoint,
      // Self-hosted S3-compatible servers (MinIO, Ceph) address buckets by path, not by host name.
      forcePathStyle: Boolean(s3.endpoint),
      credentials:
        s3.accessKeyId && s3.secretAccessKey
          ? { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey }
          : undefined,
    });
  }

  async put(key: string, body: Buffer, contentType: string): Promise<void> {
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: key,
        Body: body,
        ContentType: contentType,
        CacheControl: IMMUTABLE_CACHE_CONTROL,
      }),
    );
  }

  async remove(keys: string[]): Promise<void> {
    if (keys.length === 0) return;
    const { Errors } = await this.client.send(
      new DeleteObjectsCommand({ Bucket: this.bucket, Delete: { Objects: keys.map((Key) => ({ Key })), Quiet: true } }),
    );
    if (Errors?.length)
      throw new Error(`S3 kept ${Errors.length} object(s): ${Errors.map((e) => `${e.Key} ${e.Code}`).join(', ')}`);
  }
}
