import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../../platform/runtime/clock';
import type { Viewer } from '../../../platform/graphql/viewer';
import { StayRepository } from '../stay/stay.repository';
import { isWindowOpen } from '../stay/review-window';
import { checkCommon, checkContent } from './review-content';
import type { ReviewLimits } from './review-limits';
import { ReviewAlreadyPublishedError, ReviewNotFoundError, ReviewWindowClosedError } from './review.errors';
import type { UpdateReviewInput } from './review.inputs';
import { present } from './review.presenter';
import { ReviewRepository } from './review.repository';
import { ReviewChanged, type UpdateReviewResult } from './review.results';

const stays = new StayRepository();
const reviews = new ReviewRepository();

export class UpdateReviewService {
  constructor(
    private readonly clock: Clock,
    private readonly limits: ReviewLimits,
  ) {}

  /** The author rewrites their latest revision while it is unpublished and its window open. */
  async update(em: EntityManager, viewer: Viewer, input: UpdateReviewInput): Promise<UpdateReviewResult> {
    const invalid = checkCommon(input);
    if (invalid) return invalid;
    const limited = await this.limits.take(viewer.id);
    if (limited) return limited;
    const latest = await reviews.latestRevision(em, input.reviewId);
    if (!latest) return new ReviewNotFoundError();
    return em.transactional(async (tx) => {
      // Stay first, then review: the order every writer takes the two locks in.
      const stay = await stays.lock(tx, latest.bookingId);
      const review = await reviews.lock(tx, input.reviewId);
      if (!stay || !review || review.authorId !== viewer.id) return new ReviewNotFoundError();
      const current = await reviews.latestRevision(tx, review.id);
      if (!current || current.id !== latest.id || current.publishedAt) return new ReviewAlreadyPublishedError();
      if (stay.closedAt || !isWindowOpen(stay, this.clock())) return new ReviewWindowClosedError(stay.deadline);
      const content = checkContent(input, review.direction);
      if (!content.ok) return content.error;
      return new ReviewChanged(
        present(viewer, review, await reviews.rewrite(tx, current.id, content.value, this.clock())),
      );
    });
  }
}
