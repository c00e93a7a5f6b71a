import Redis from 'ioredis';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { trackOutages } from './outage';

/**
 * The process's Redis client, or null when no REDIS_URL is configured (embedded default and
 * tests without Redis: callers then use in-process stores). Commands fail at once instead of
 * queueing while Redis is away, so an outage degrades a request (to the fallbacks) instead of
 * hanging it; the outage itself is logged once when it starts and once when it ends (`outage.ts`).
 */
export function connectRedis(
  config: Pick<Config, 'redisUrl' | 'mode'>,
  logger: Logger,
  /** Names this connection in outage alerts, e.g. `gateway` or `listings-cache`. */
  role: string,
): Redis | null {
  if (!config.redisUrl) {
    if (config.mode === 'development')
      logger.warn('REDIS_URL not set: rate limits and the suspension list are kept in this process only');
    return null;
  }
  const redis = new Redis(config.redisUrl, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    // Timers run before a busy event loop reads replies that have already arrived: on a loaded host
    // a 1 s budget flagged healthy Redis as down (a CI run caught one). A hung Redis still fails fast.
    commandTimeout: 2000,
    connectTimeout: 2000,
    retryStrategy: (attempt) => Math.min(attempt * 200, 5000),
    // Commands issued together (a request's limits and lists) leave in one write and come back in
    // one read: a socket write per command was the gateway's largest single cost under load.
    enableAutoPipelining: true,
  });
  trackOutages(redis, logger, role);
  return redis;
}

/**
 * Waits (briefly) for the first connection, so a process does not begin on its fallbacks and then
 * switch to Redis a moment later with counters split between the two. Starts anyway if Redis does
 * not answer in time: the fallbacks cover it until it does.
 */
export async function redisReady(redis: Redis | null, timeoutMs = 2000): Promise<void> {
  if (!redis || redis.status === 'ready') return;
  await new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      redis.off('ready', done);
      resolve();
    };
    const timer = setTimeout(done, timeoutMs);
    redis.once('ready', done);
  });
}

export async function disconnectRedis(redis: Redis | null): Promise<void> {
  if (!redis) return;
  await redis.quit().catch(() => redis.disconnect());
}
