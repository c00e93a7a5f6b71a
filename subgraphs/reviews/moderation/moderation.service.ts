import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../../platform/runtime/clock';
import type { Logger } from '../../../platform/runtime/logger';
import type { Viewer } from '../../../platform/graphql/viewer';
import { newId } from '../../../platform/graphql/ids';
import { validate } from '../../../platform/graphql/validation';
import type { RatingLedger } from '../rating/rating-ledger';
import { ModerationAction } from './moderation-log-entry.entity';
import { scored } from '../review/publication';
import type { ReviewLimits } from '../review/review-limits';
import { ReviewDirection } from '../review/review.enums';
import { ReviewAlreadyHiddenError, ReviewNotFoundError, ReviewNotHiddenError } from '../review/review.errors';
import { reasonSchema } from '../review/review.inputs';
import { present, revisionFor } from '../review/review.presenter';
import { ReviewRepository } from '../review/review.repository';
import {
  ReviewChanged,
  ReviewReported,
  type ModerateReviewResult,
  type ReportReviewResult,
} from '../review/review.results';

const reviews = new ReviewRepository();

export class ModerationService {
  constructor(
    private readonly clock: Clock,
    private readonly limits: ReviewLimits,
    private readonly ledger: RatingLedger,
  ) {}

  /** Any signed-in user reports a review they can see; a second report by the same user counts once. */
  async report(em: EntityManager, viewer: Viewer, reviewId: string, reason: string): Promise<ReportReviewResult> {
    const parsed = validate(reasonSchema, reason, ['reason']);
    if (!parsed.ok) return parsed.error;
    const limited = await this.limits.take(viewer.id);
    if (limited) return limited;
    const review = await reviews.find(em, reviewId);
    const revisions = review
      ? [await reviews.shownRevision(em, review), await reviews.latestRevision(em, review.id)]
      : [];
    if (
      !review ||
      !revisionFor(
        viewer,
        review,
        revisions.filter((r) => r !== null),
      )
    )
      return new ReviewNotFoundError();
    await em.execute(
      `insert into reviews.reports (id, review_id, reporter_id, reason, created_at) values (?, ?, ?, ?, ?)
       on conflict (review_id, reporter_id) do nothing`,
      [newId(), review.id, viewer.id, parsed.value, this.clock()],
    );
    return new ReviewReported(review.id);
  }

  /**
   * Admins hide a review (or show it again) with a reason, audited in the moderation log and the
   * log; a hidden guest review leaves its listing's aggregate in the same transaction.
   */
  async setHidden(
    em: EntityManager,
    admin: Viewer,
    reviewId: string,
    reason: string,
    hide: boolean,
    meta: { requestId: string; logger: Logger },
  ): Promise<ModerateReviewResult> {
    const parsed = validate(reasonSchema, reason, ['reason']);
    if (!parsed.ok) return parsed.error;
    return em.transactional(async (tx) => {
      const review = await reviews.lock(tx, reviewId);
      if (!review) return new ReviewNotFoundError();
      if (hide && review.hiddenAt) return new ReviewAlreadyHiddenError();
      if (!hide && !review.hiddenAt) return new ReviewNotHiddenError();
      const now = this.clock();
      await reviews.setHidden(tx, review.id, hide ? { at: now, reason: parsed.value } : null);
      await tx.execute(
        `insert into reviews.moderation_log (id, review_id, admin_id, action, reason, at, request_id) values (?, ?, ?, ?, ?, ?, ?)`,
        [
          newId(),
          review.id,
          admin.id,
          hide ? ModerationAction.HIDE : ModerationAction.UNHIDE,
          parsed.value,
          now,
          meta.requestId,
        ],
      );
      const shown = await reviews.shownRevision(tx, review);
      if (shown && review.direction === ReviewDirection.GUEST_TO_LISTING)
        await this.ledger.change(
          tx,
          review.listingId,
          hide ? scored(shown) : null,
          hide ? null : scored(shown),
          meta.requestId,
        );
      meta.logger.info(
        {
          audit: hide ? 'review_hidden' : 'review_unhidden',
          reviewId: review.id,
          adminId: admin.id,
          requestId: meta.requestId,
        },
        'review moderated',
      );
      const after = { ...review, hiddenAt: hide ? now : null, hiddenReason: hide ? parsed.value : null };
      const latest = (await reviews.latestRevision(tx, review.id)) ?? shown;
      return latest ? new ReviewChanged(present(admin, after, latest)) : new ReviewNotFoundError();
    });
  }
}
