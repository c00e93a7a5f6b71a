import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { requireRole } from '../../../platform/graphql/authorize';
import { Role } from '../../../platform/graphql/role';
import type { ListingsContext } from '../loaders';
import {
  DeleteListingPhotoResult,
  ReorderListingPhotosResult,
  RequestListingPhotoUploadResult,
  UpdateListingPhotoResult,
} from './photo.results';
import { PhotoService } from './photo.service';

/** Host operations on photos. The host is always the viewer: no argument names a host. */
@Resolver()
export class PhotoHostingResolver {
  constructor(private readonly photos: PhotoService) {}

  @Mutation(() => RequestListingPhotoUploadResult, {
    description:
      'Hosts: get a signed URL to PUT one photo of your listing to (raw bytes, JPEG/PNG/WebP/AVIF). The photo appears once the upload is processed.',
  })
  requestListingPhotoUpload(
    @Arg('listingId', () => ID, { description: 'One of your listings.' }) listingId: string,
    @Arg('altText', { description: '1 to 250 characters describing the photo.' }) altText: string,
    @Ctx() ctx: ListingsContext,
  ): Promise<RequestListingPhotoUploadResult> {
    return this.photos.requestUpload(ctx.em, hostOf(ctx), listingId, altText);
  }

  @Mutation(() => ReorderListingPhotosResult, {
    description: "Hosts: set the order of all of a listing's photos; the first becomes the cover.",
  })
  reorderListingPhotos(
    @Arg('listingId', () => ID, { description: 'One of your listings.' }) listingId: string,
    @Arg('photoIds', () => [ID], { description: 'Every photo of the listing, each once, in the new order.' })
    photoIds: string[],
    @Ctx() ctx: ListingsContext,
  ): Promise<ReorderListingPhotosResult> {
    return this.photos.reorder(ctx.em, hostOf(ctx), listingId, photoIds);
  }

  @Mutation(() => UpdateListingPhotoResult, { description: "Hosts: change a photo's alt text." })
  updateListingPhoto(
    @Arg('photoId', () => ID, { description: 'A photo of one of your listings.' }) photoId: string,
    @Arg('altText', { description: '1 to 250 characters.' }) altText: string,
    @Ctx() ctx: ListingsContext,
  ): Promise<UpdateListingPhotoResult> {
    return this.photos.updateAltText(ctx.em, hostOf(ctx), photoId, altText);
  }

  @Mutation(() => DeleteListingPhotoResult, {
    description: 'Hosts: delete a photo (or cancel a pending upload) and its files.',
  })
  deleteListingPhoto(
    @Arg('photoId', () => ID, { description: 'A photo, or a pending upload, of one of your listings.' })
    photoId: string,
    @Ctx() ctx: ListingsContext,
  ): Promise<DeleteListingPhotoResult> {
    return this.photos.delete(ctx.em, hostOf(ctx), photoId, ctx.logger);
  }
}

/** Checked here as well as at the gateway: the subgraph trusts the token's role, never a client-supplied host id. */
function hostOf(ctx: ListingsContext): string {
  return requireRole(ctx.viewer, Role.HOST).id;
}
