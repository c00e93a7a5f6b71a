import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { Listing } from '../listing/listing.entity';
import type { ListingsContext } from '../loaders';
import { ListingPhoto } from './listing-photo.entity';
import { MAX_PHOTOS_PER_LISTING } from './photo.validation';

/** Photos of a listing the viewer may already see; both fields share one batched query per request. */
@Resolver(() => Listing)
export class ListingPhotosResolver {
  @FieldResolver(() => [ListingPhoto], { description: "In the host's order; the first is the cover." })
  @Directive(`@listSize(assumedSize: ${MAX_PHOTOS_PER_LISTING})`)
  photos(@Root() listing: Listing, @Ctx() ctx: ListingsContext): Promise<ListingPhoto[]> {
    return ctx.loaders.photosByListing.load(listing.id);
  }

  @FieldResolver(() => ListingPhoto, {
    nullable: true,
    description: 'The first photo; null while the listing has none.',
  })
  async coverPhoto(@Root() listing: Listing, @Ctx() ctx: ListingsContext): Promise<ListingPhoto | null> {
    return (await ctx.loaders.photosByListing.load(listing.id))[0] ?? null;
  }
}
