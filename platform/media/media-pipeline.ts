import type { Express } from 'express';
import type { Clock } from '../runtime/clock';
import { ConfigError, type Config } from '../runtime/config';
import type { Logger } from '../runtime/logger';
import type { MediaCollection } from './media-collection';
import { MediaFiles } from './media-files';
import { MEDIA_OWNERS, mediaFilesPath, mediaRoutePaths, type MediaOwner } from './media-owners';
import { mediaRoute } from './media.route';
import type { MediaUploadHandler } from './media-upload';
import { uploadRoute } from './upload.route';
import { UploadSigner } from './upload-signature';

/**
 * The media pipeline of one collection, shared by a subgraph's GraphQL side and its HTTP routes:
 * signed single-use upload URLs, byte sniffing, pixel limits, re-encoding into the collection's
 * sizes, storage (local or S3) and, for local storage, serving the files through the gateway.
 * The domain keeps the records (status, stored sizes) and says, through a MediaUploadHandler, how
 * an upload claims one and what happens once its files are stored.
 *
 * A new collection takes a handful of files in its domain, and none here or in the gateway (accounts'
 * avatars, `subgraphs/accounts/profile/avatar-*.ts`, are the smallest example):
 * - schema/subgraphs.json: `"media": { "folder": "avatars" }` on accounts (the gateway then routes
 *   /media/accounts/… and /media/uploads/accounts/… to it);
 * - `avatar-media.ts`: `defineMediaCollection({ owner: 'accounts', folder: 'avatars', shape: 'square', sizes })`;
 * - an entity with a migration for the upload's status and stored sizes (like listings' ListingPhoto);
 * - `avatar-upload.service.ts` implementing MediaUploadHandler against it;
 * - a wiring file: the mutation hands out `uploadUrl()`, a field resolver maps keys with `fileUrl()`,
 *   `routes()` goes to startSubgraph, and a cleanup job removes abandoned uploads with `files.remove()`.
 */
export class MediaPipeline<Name extends string> {
  readonly files: MediaFiles<Name>;
  private readonly signer: UploadSigner;
  private readonly filesBase: string;

  constructor(
    readonly collection: MediaCollection<Name>,
    private readonly config: Config,
    private readonly clock: Clock,
    owners: readonly MediaOwner[] = MEDIA_OWNERS,
  ) {
    const { owner, folder } = collection;
    if (!owners.some((o) => o.name === owner && o.folder === folder)) {
      throw new Error(
        `schema/subgraphs.json: give ${owner} "media": { "folder": "${folder}" }, or the gateway will not route its media`,
      );
    }
    if (!config.signing.secret)
      throw new ConfigError([`SUBGRAPH_SIGNING_SECRET: required by the ${owner} subgraph (upload URLs)`]);
    // Only local files are served through the gateway; a bucket's files need their own public address.
    if (config.media.storage === 's3' && !config.media.publicUrl)
      throw new ConfigError(['MEDIA_PUBLIC_URL: required when MEDIA_STORAGE=s3']);
    this.files = MediaFiles.of(collection, config.media);
    this.signer = new UploadSigner(config.signing.secret, owner);
    // A bucket or CDN holds every owner's folder at its root; the gateway serves each owner's under its name.
    this.filesBase = config.media.publicUrl ?? `${config.publicApiUrl}${mediaFilesPath(owner)}`;
  }

  /** The signed URL, on the gateway's public address, that takes one PUT of the record's image until `expiresAt`. */
  uploadUrl(id: string, expiresAt: Date): string {
    return this.signer.uploadUrl(this.config.publicApiUrl, id, expiresAt);
  }

  /** Where clients fetch a stored key. */
  fileUrl(key: string): string {
    return `${this.filesBase}/${key}`;
  }

  /** The upload route, and for local storage the route that serves the files (S3 serves its own). */
  routes(handler: MediaUploadHandler<Name>, logger: Logger): (app: Express) => void {
    const { media } = this.config;
    const paths = mediaRoutePaths(this.collection.owner);
    const upload = uploadRoute({
      files: this.files,
      handler,
      signer: this.signer,
      maxBytes: media.uploadMaxBytes,
      maxPixels: media.uploadMaxPixels,
      clock: this.clock,
      logger,
    });
    return (app) => {
      app.put(paths.upload, upload);
      if (media.storage === 'local') app.get(paths.files, mediaRoute(media.dir, this.collection));
    };
  }
}
