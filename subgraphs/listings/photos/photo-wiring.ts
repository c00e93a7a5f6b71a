import type { MikroORM } from '@mikro-orm/postgresql';
import type { Express } from 'express';
import { MediaPipeline } from '../../../platform/media/media-pipeline';
import type { Clock } from '../../../platform/runtime/clock';
import type { Config } from '../../../platform/runtime/config';
import type { Logger } from '../../../platform/runtime/logger';
import { ListingPhotoResolver } from './listing-photo.resolver';
import { PhotoHostingResolver } from './photo-hosting.resolver';
import { PHOTO_MEDIA, type PhotoSizeName } from './photo-media';
import { PhotoService } from './photo.service';
import { PhotoUploadService } from './photo-upload.service';

/** One media pipeline per listings process, shared by the GraphQL side and the upload route. */
export class PhotoWiring {
  readonly media: MediaPipeline<PhotoSizeName>;

  constructor(
    private readonly config: Config,
    private readonly clock: Clock,
  ) {
    this.media = new MediaPipeline(PHOTO_MEDIA, config, clock);
  }

  resolvers(): object[] {
    return [
      new PhotoHostingResolver(new PhotoService(this.clock, this.config, this.media)),
      new ListingPhotoResolver(this.media),
    ];
  }

  /** The upload route, and for local storage the route that serves the files. */
  routes(orm: MikroORM, logger: Logger): (app: Express) => void {
    return this.media.routes(new PhotoUploadService(orm, this.media.files, this.clock), logger);
  }
}
