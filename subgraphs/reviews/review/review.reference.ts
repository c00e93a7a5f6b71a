import type { ReviewsContext } from '../loaders';
import { present, revisionFor } from './review.presenter';
import type { Review } from './review.types';

/** A review as this viewer may see it, else null: blind and hidden reviews look like unknown ids. */
export async function loadVisibleReview(ctx: ReviewsContext, id: string): Promise<Review | null> {
  const loaded = await ctx.loaders.reviewById.load(id);
  if (!loaded) return null;
  const revision = revisionFor(ctx.viewer, loaded.review, loaded.revisions);
  return revision ? present(ctx.viewer, loaded.review, revision) : null;
}

export const reviewReference = {
  Review: {
    __resolveReference(reference: { id: string }, ctx: ReviewsContext): Promise<Review | null> {
      return loadVisibleReview(ctx, reference.id);
    },
  },
};
