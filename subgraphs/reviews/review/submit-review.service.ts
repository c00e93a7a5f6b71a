import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../../platform/runtime/clock';
import type { Viewer } from '../../../platform/graphql/viewer';
import { StayRepository } from '../stay/stay.repository';
import { isWindowOpen } from '../stay/review-window';
import { isPublicationDue } from './blind-rules';
import { checkCommon, checkContent } from './review-content';
import type { ReviewLimits } from './review-limits';
import { ReviewDirection } from './review.enums';
import { AlreadyReviewedError, ReviewWindowClosedError, StayNotFoundError } from './review.errors';
import type { SubmitReviewInput } from './review.inputs';
import { present } from './review.presenter';
import { ReviewRepository } from './review.repository';
import { ReviewSubmitted, type SubmitReviewResult } from './review.results';
import type { Publication } from './publication';

const stays = new StayRepository();
const reviews = new ReviewRepository();

export class SubmitReviewService {
  constructor(
    private readonly clock: Clock,
    private readonly limits: ReviewLimits,
    private readonly publication: Publication,
  ) {}

  /**
   * The viewer reviews their completed stay: the guest the listing (a new revision of their one
   * review of it), the host the guest. Every write about a stay queues on the stay's row lock, so
   * concurrent submissions meet one at a time and all but the first find the review written.
   */
  async submit(
    em: EntityManager,
    viewer: Viewer,
    input: SubmitReviewInput,
    requestId: string,
  ): Promise<SubmitReviewResult> {
    const invalid = checkCommon(input);
    if (invalid) return invalid;
    const limited = await this.limits.take(viewer.id);
    if (limited) return limited;
    return em.transactional(async (tx) => {
      const stay = await stays.lock(tx, input.bookingId);
      const direction =
        stay?.guestId === viewer.id
          ? ReviewDirection.GUEST_TO_LISTING
          : stay?.hostId === viewer.id
            ? ReviewDirection.HOST_TO_GUEST
            : null;
      if (!stay || !direction) return new StayNotFoundError();
      const content = checkContent(input, direction);
      if (!content.ok) return content.error;
      const now = this.clock();
      if (stay.closedAt || !isWindowOpen(stay, now)) return new ReviewWindowClosedError(stay.deadline);
      const existing = await reviews.revisionOf(tx, stay.bookingId, direction);
      if (existing) return new AlreadyReviewedError(existing.reviewId);
      const review = await reviews.lockForStay(tx, stay, direction, now);
      let revision = await reviews.addRevision(tx, review, stay.bookingId, content.value, now);
      const written = (await reviews.revisionsOfStay(tx, stay.bookingId)).map((r) => r.direction);
      if (isPublicationDue(written, stay.deadline, now)) {
        await this.publication.publishStay(tx, stay, requestId);
        revision = (await reviews.revisionOf(tx, stay.bookingId, direction)) ?? revision;
        return new ReviewSubmitted(present(viewer, (await reviews.lock(tx, review.id)) ?? review, revision));
      }
      return new ReviewSubmitted(present(viewer, review, revision));
    });
  }
}
