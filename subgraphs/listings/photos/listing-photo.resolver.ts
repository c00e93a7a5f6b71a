import { FieldResolver, Resolver, Root } from 'type-graphql';
import type { MediaPipeline } from '../../../platform/media/media-pipeline';
import { ListingPhoto } from './listing-photo.entity';
import { PhotoSize } from './photo-size.type';

@Resolver(() => ListingPhoto)
export class ListingPhotoResolver {
  /** URLs on a bucket or CDN in production, on the gateway's /media/listings route otherwise. */
  constructor(private readonly media: Pick<MediaPipeline<string>, 'fileUrl'>) {}

  @FieldResolver(() => [PhotoSize], { description: 'Smallest first; never wider than the uploaded image.' })
  sizes(@Root() photo: ListingPhoto): PhotoSize[] {
    return (photo.sizes ?? []).map((size) => new PhotoSize(size.width, size.height, this.media.fileUrl(size.key)));
  }
}
