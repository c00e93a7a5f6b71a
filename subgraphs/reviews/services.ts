import type Redis from 'ioredis';
import type { Clock } from '../../platform/runtime/clock';
import type { Config } from '../../platform/runtime/config';
import { limiterFactory } from '../../platform/runtime/redis/rate-limiter';
import { ListingReviewsResolver } from './external/listing-reviews.resolver';
import { UserReviewsResolver } from './external/user-reviews.resolver';
import { ModerationService } from './moderation/moderation.service';
import { RatingLedger } from './rating/rating-ledger';
import { Publication } from './review/publication';
import { RespondToReviewService } from './review/respond-to-review.service';
import { ReviewLimits } from './review/review-limits';
import { ReviewQueries } from './review/review.queries';
import { ReviewResolver } from './review/review.resolver';
import { SubmitReviewService } from './review/submit-review.service';
import { UpdateReviewService } from './review/update-review.service';
import { StayRepository } from './stay/stay.repository';

/** Builds the reviews services once per process and returns the resolvers that use them. */
export function reviewsResolvers({
  clock,
  config,
  redis,
}: {
  clock: Clock;
  config: Config;
  redis: Redis | null;
}): object[] {
  const limiter = limiterFactory(redis, config.redisKeyPrefix);
  const limits = new ReviewLimits(
    limiter({ name: 'review-changes', points: config.reviews.mutationsPerHour, durationSeconds: 3600 }),
  );
  const ledger = new RatingLedger(clock);
  const queries = new ReviewQueries();
  return [
    new ReviewResolver(
      new SubmitReviewService(clock, limits, new Publication(clock, ledger)),
      new UpdateReviewService(clock, limits),
      new RespondToReviewService(clock, limits),
      new ModerationService(clock, limits, ledger),
    ),
    new ListingReviewsResolver(queries),
    new UserReviewsResolver(queries, new StayRepository(), clock),
  ];
}
