import { FieldResolver, Resolver, Root } from 'type-graphql';
import { ListingPhoto } from './listing-photo.entity';
import { PhotoSize } from './photo-size.type';

@Resolver(() => ListingPhoto)
export class ListingPhotoResolver {
  /** `mediaBaseUrl`: a bucket or CDN in production, the gateway's /media route otherwise. */
  constructor(private readonly mediaBaseUrl: string) {}

  @FieldResolver(() => [PhotoSize], { description: 'Smallest first; never wider than the uploaded image.' })
  sizes(@Root() photo: ListingPhoto): PhotoSize[] {
    return (photo.sizes ?? []).map((size) => new PhotoSize(size.width, size.height, `${this.mediaBaseUrl}/${size.key}`));
  }
}
