import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { TooManyReviewChangesError } from './review.errors';

/** Every review mutation takes a point from its author's hourly allowance. */
export class ReviewLimits {
  constructor(private readonly perUser: RateLimiterAbstract) {}

  async take(userId: string): Promise<TooManyReviewChangesError | null> {
    try {
      await this.perUser.consume(userId);
      return null;
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes)
        return new TooManyReviewChangesError(Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)));
      throw rejection;
    }
  }
}
