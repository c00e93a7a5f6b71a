import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';

/** What taking points from every key left: seconds until a refused key has room again (or null), and the fewest points left. */
export interface Consumed {
  wait: number | null;
  remaining: number;
}

/** Takes `points` from every key in one round of parallel calls; a consume answers what it leaves, so nothing is read again. */
export async function consumeEvery(limiter: RateLimiterAbstract, keys: string[], points = 1): Promise<Consumed> {
  const results = await Promise.all(
    keys.map((key) =>
      limiter.consume(key, points).then(
        (taken) => ({ wait: null, remaining: taken.remainingPoints }),
        (rejection: unknown) => {
          if (rejection instanceof RateLimiterRes) return { wait: rejection.msBeforeNext / 1000, remaining: 0 };
          throw rejection;
        },
      ),
    ),
  );
  const waits = results.flatMap((result) => (result.wait === null ? [] : [result.wait]));
  return {
    wait: waits.length > 0 ? Math.max(...waits) : null,
    remaining: Math.min(limiter.points, ...results.map((result) => result.remaining)),
  };
}

/** Takes `points` from every key; the seconds until a refused key has room again, or null. */
export async function consumeAll(limiter: RateLimiterAbstract, keys: string[], points = 1): Promise<number | null> {
  return (await consumeEvery(limiter, keys, points)).wait;
}
