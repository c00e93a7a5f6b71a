import type Redis from 'ioredis';
import { reportRedisFailure } from '../../../platform/runtime/redis/outage';

/** The few key-value operations the listings caches need, on Redis or in this process. */
export interface CacheStore {
  get(key: string): Promise<string | null>;
  getMany(keys: string[]): Promise<(string | null)[]>;
  set(key: string, value: string, ttlSeconds: number): Promise<void>;
  delete(keys: string[]): Promise<void>;
  increment(key: string): Promise<number>;
}

export function cacheStore(redis: Redis | null): CacheStore {
  return redis ? redisStore(redis) : memoryStore;
}

/**
 * A cache must never fail a request: when Redis is away, a lookup misses and a write or an
 * invalidation is dropped (what it kept expires with its TTL).
 */
function redisStore(redis: Redis): CacheStore {
  const failed = (error: unknown) => reportRedisFailure(redis, error, 'listings-cache');
  const or =
    <T>(fallback: T) =>
    (error: unknown): T => {
      failed(error);
      return fallback;
    };
  return {
    get: (key) => redis.get(key).catch(or(null)),
    getMany: (keys) => (keys.length === 0 ? Promise.resolve([]) : redis.mget(keys).catch(or(keys.map(() => null)))),
    set: async (key, value, ttlSeconds) => {
      await redis.set(key, value, 'EX', ttlSeconds).catch(failed);
    },
    delete: async (keys) => {
      if (keys.length > 0) await redis.del(keys).catch(failed);
    },
    increment: (key) => redis.incr(key).catch(or(0)),
  };
}

/** Without Redis every component runs in one process (the embedded default), so one map serves all. */
const entries = new Map<string, { value: string; expiresAt: number }>();
const SWEEP_ABOVE = 10_000;

function readEntry(key: string): string | null {
  const entry = entries.get(key);
  if (!entry) return null;
  if (entry.expiresAt > Date.now()) return entry.value;
  entries.delete(key);
  return null;
}

const memoryStore: CacheStore = {
  get: async (key) => readEntry(key),
  getMany: async (keys) => keys.map(readEntry),
  set: async (key, value, ttlSeconds) => {
    if (entries.size > SWEEP_ABOVE) for (const stale of [...entries.keys()]) readEntry(stale);
    entries.set(key, { value, expiresAt: Date.now() + ttlSeconds * 1000 });
  },
  delete: async (keys) => {
    for (const key of keys) entries.delete(key);
  },
  increment: async (key) => {
    const next = Number(readEntry(key) ?? 0) + 1;
    entries.set(key, { value: String(next), expiresAt: Number.POSITIVE_INFINITY });
    return next;
  },
};
