import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../../platform/runtime/clock';
import { publish } from '../../../platform/events/publish';
import { ReviewPublished } from '../../../contracts/events/reviews';
import type { RatingLedger } from '../rating/rating-ledger';
import type { Scored } from '../rating/rating-math';
import { StayRepository, type Stay } from '../stay/stay.repository';
import { ReviewDirection } from './review.enums';
import type { RevisionRecord } from './review.records';
import { ReviewRepository } from './review.repository';

const stays = new StayRepository();
const reviews = new ReviewRepository();

/** What a revision adds to its listing's aggregate: guest reviews only. */
export function scored(revision: RevisionRecord | null): Scored | null {
  return revision?.subRatings ? { rating: revision.rating, subRatings: revision.subRatings } : null;
}

/**
 * Publishes what was written about a stay and closes it (the caller holds the stay's lock): each
 * revision becomes visible, replaces its review's shown revision when later, moves the listing's
 * aggregate (guest reviews not hidden) and is announced, all in the caller's transaction.
 */
export class Publication {
  constructor(
    private readonly clock: Clock,
    private readonly ledger: RatingLedger,
  ) {}

  async publishStay(tx: EntityManager, stay: Stay, requestId?: string): Promise<void> {
    const now = this.clock();
    for (const revision of await reviews.revisionsOfStay(tx, stay.bookingId)) {
      if (revision.publishedAt) continue;
      const review = await reviews.lock(tx, revision.reviewId);
      if (!review) continue;
      await reviews.markPublished(tx, revision.id, now);
      if (review.shownRevision === null || revision.revision > review.shownRevision) {
        const previous = await reviews.shownRevision(tx, review);
        await reviews.show(tx, review, revision, now);
        if (review.direction === ReviewDirection.GUEST_TO_LISTING && review.hiddenAt === null)
          await this.ledger.change(tx, review.listingId, scored(previous), scored(revision), requestId);
      }
      await publish(
        tx,
        ReviewPublished,
        {
          reviewId: review.id,
          revision: revision.revision,
          direction: review.direction,
          bookingId: stay.bookingId,
          listingId: stay.listingId,
          authorId: review.authorId,
          aboutUserId: review.aboutUserId,
          rating: revision.rating,
        },
        { clock: this.clock, requestId },
      );
    }
    await stays.close(tx, stay.bookingId, now);
  }
}
