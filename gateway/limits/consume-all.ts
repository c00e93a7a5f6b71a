import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';

/** Takes `points` from every key; the seconds until a refused key has room again, or null. */
export async function consumeAll(limiter: RateLimiterAbstract, keys: string[], points = 1): Promise<number | null> {
  const refusals = await Promise.all(
    keys.map((key) =>
      limiter.consume(key, points).then(
        () => null,
        (rejection: unknown) => {
          if (rejection instanceof RateLimiterRes) return rejection.msBeforeNext / 1000;
          throw rejection;
        },
      ),
    ),
  );
  const waits = refusals.filter((s): s is number => s !== null);
  return waits.length > 0 ? Math.max(...waits) : null;
}
