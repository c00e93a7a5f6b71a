import type Redis from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible';

export interface LimiterOptions {
  /** Part of the key, e.g. `login-ip`. */
  name: string;
  points: number;
  durationSeconds: number;
}

export type LimiterFactory = (options: LimiterOptions) => RateLimiterAbstract;

/**
 * rate-limiter-flexible limiters on Redis, shared by every process; with no Redis, the library's
 * memory store (one process, the embedded default). On Redis a per-process memory limiter stands
 * in while Redis is unreachable, so limits still hold during an outage.
 */
export function limiterFactory(redis: Redis | null, keyPrefix: string): LimiterFactory {
  return ({ name, points, durationSeconds }) => {
    const options = { keyPrefix: `${keyPrefix}rl:${name}`, points, duration: durationSeconds };
    if (!redis) return new RateLimiterMemory(options);
    return new RateLimiterRedis({ ...options, storeClient: redis, insuranceLimiter: new RateLimiterMemory(options) });
  };
}
