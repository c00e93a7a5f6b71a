import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { TooManyAttemptsError } from './auth.errors';

/** Takes a point; the typed refusal when none is left. */
export async function consume(limiter: RateLimiterAbstract, key: string): Promise<TooManyAttemptsError | null> {
  try {
    await limiter.consume(key);
    return null;
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes)
      return new TooManyAttemptsError(Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)));
    throw rejection;
  }
}
