import type { ListingsContext } from '../loaders';
import type { Listing } from './listing.entity';
import { canSeeListing, canSeeReferencedListing } from './listing-visibility';

/** A listing the viewer may see, or null: others' drafts look exactly like ids that do not exist. */
export async function loadVisibleListing(ctx: ListingsContext, id: string): Promise<Listing | null> {
  const listing = await ctx.loaders.listingById.load(id);
  return listing && canSeeListing(ctx.viewer, listing) ? listing : null;
}

export const listingReference = {
  Listing: {
    async __resolveReference(reference: { id: string }, ctx: ListingsContext): Promise<Listing | null> {
      const listing = await ctx.loaders.listingById.load(reference.id);
      return listing && canSeeReferencedListing(ctx.viewer, listing) ? listing : null;
    },
  },
};
