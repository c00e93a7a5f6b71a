import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../../platform/runtime/clock';
import type { Viewer } from '../../../platform/graphql/viewer';
import { validate } from '../../../platform/graphql/validation';
import type { ReviewLimits } from './review-limits';
import { ReviewDirection } from './review.enums';
import { AlreadyRespondedError, ReviewNotFoundError } from './review.errors';
import { responseSchema } from './review.inputs';
import { present } from './review.presenter';
import { ReviewRepository } from './review.repository';
import { ReviewChanged, type RespondToReviewResult } from './review.results';

const reviews = new ReviewRepository();

export class RespondToReviewService {
  constructor(
    private readonly clock: Clock,
    private readonly limits: ReviewLimits,
  ) {}

  /**
   * The listing's host replies once, publicly, to the shown revision of a guest's review. A review
   * the host may not see yet (blind) or a hidden one answers like an unknown id.
   */
  async respond(em: EntityManager, viewer: Viewer, reviewId: string, text: string): Promise<RespondToReviewResult> {
    const parsed = validate(responseSchema, text, ['text']);
    if (!parsed.ok) return parsed.error;
    const limited = await this.limits.take(viewer.id);
    if (limited) return limited;
    return em.transactional(async (tx) => {
      const review = await reviews.lock(tx, reviewId);
      if (
        !review ||
        review.direction !== ReviewDirection.GUEST_TO_LISTING ||
        review.aboutUserId !== viewer.id ||
        review.hiddenAt
      )
        return new ReviewNotFoundError();
      const shown = await reviews.shownRevision(tx, review);
      if (!shown) return new ReviewNotFoundError();
      const now = this.clock();
      if (!(await reviews.respond(tx, shown.id, parsed.value, now))) return new AlreadyRespondedError();
      return new ReviewChanged(present(viewer, review, { ...shown, response: parsed.value, respondedAt: now }));
    });
  }
}
