import type { MikroORM } from '@mikro-orm/postgresql';
import type { Express } from 'express';
import type { Clock } from '../../../platform/runtime/clock';
import { ConfigError, type Config } from '../../../platform/runtime/config';
import type { Logger } from '../../../platform/runtime/logger';
import { ListingPhotoResolver } from './listing-photo.resolver';
import { mediaRoute } from './media.route';
import { PhotoHostingResolver } from './photo-hosting.resolver';
import { PhotoService } from './photo.service';
import { createMediaStorage, mediaBaseUrl, type MediaStorage } from './storage/media-storage';
import { PhotoUploadService } from './upload/photo-upload.service';
import { uploadRoute } from './upload/upload.route';
import { UploadSigner } from './upload/upload-signature';

/** One storage and one URL signer per listings process, shared by the GraphQL side and the upload route. */
export class PhotoWiring {
  readonly storage: MediaStorage;
  readonly signer: UploadSigner;

  constructor(
    private readonly config: Config,
    private readonly clock: Clock,
  ) {
    if (!config.signing.secret) throw new ConfigError(['SUBGRAPH_SIGNING_SECRET: required by the listings subgraph (upload URLs)']);
    // Only local files are served through the gateway; a bucket's photos need their own public address.
    if (config.media.storage === 's3' && !config.media.publicUrl) throw new ConfigError(['MEDIA_PUBLIC_URL: required when MEDIA_STORAGE=s3']);
    this.storage = createMediaStorage(config.media);
    this.signer = new UploadSigner(config.signing.secret);
  }

  resolvers(): object[] {
    return [
      new PhotoHostingResolver(new PhotoService(this.clock, this.config, this.signer, this.storage)),
      new ListingPhotoResolver(mediaBaseUrl(this.config)),
    ];
  }

  /** The upload route, and for local storage the route that serves the files (S3 serves its own). */
  routes(orm: MikroORM, logger: Logger): (app: Express) => void {
    const { media } = this.config;
    const uploads = new PhotoUploadService(orm, this.storage, media.uploadMaxPixels, this.clock);
    return (app) => {
      app.put('/media/uploads/:photoId', uploadRoute({ uploads, signer: this.signer, maxBytes: media.uploadMaxBytes, clock: this.clock, logger }));
      if (media.storage === 'local') app.get('/media/*key', mediaRoute(media.dir));
    };
  }
}
