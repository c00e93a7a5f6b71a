import type { MikroORM } from '@mikro-orm/postgresql';
import type { Express } from 'express';
import { MediaPipeline } from '../../../platform/media/media-pipeline';
import type { Clock } from '../../../platform/runtime/clock';
import type { Config } from '../../../platform/runtime/config';
import type { Logger } from '../../../platform/runtime/logger';
import { AVATAR_MEDIA, type AvatarSizeName } from './avatar-media';
import { AvatarResolver } from './avatar.resolver';
import { AvatarService } from './avatar.service';
import { AvatarUploadService } from './avatar-upload.service';

/** One media pipeline per accounts process, shared by the GraphQL side and the upload route. */
export class AvatarWiring {
  readonly media: MediaPipeline<AvatarSizeName>;

  constructor(
    private readonly config: Config,
    private readonly clock: Clock,
  ) {
    this.media = new MediaPipeline(AVATAR_MEDIA, config, clock);
  }

  resolver(): AvatarResolver {
    return new AvatarResolver(new AvatarService(this.clock, this.config, this.media), this.media);
  }

  /** The upload route, and for local storage the route that serves the files. */
  routes(orm: MikroORM, logger: Logger): (app: Express) => void {
    return this.media.routes(new AvatarUploadService(orm, this.media.files, this.clock, logger), logger);
  }
}
