import type Redis from 'ioredis';
import { reportRedisFailure } from '../../platform/runtime/redis/outage';

/** How long an automatically persisted query is remembered after its last registration. */
const APQ_TTL_SECONDS = 24 * 3600;

/**
 * A KeyValueCache for Apollo's automatic persisted queries, in Redis so every gateway shares it.
 * While Redis is away a lookup misses (the client sends the query again) and a registration is
 * dropped; the outage is reported once instead of Apollo warning on every request.
 */
export class RedisApqCache {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  async get(key: string): Promise<string | undefined> {
    return (await this.redis.get(this.prefix + key).catch(this.failed)) ?? undefined;
  }

  async set(key: string, value: string, options?: { ttl?: number | null }): Promise<void> {
    await this.redis.set(this.prefix + key, value, 'EX', options?.ttl ?? APQ_TTL_SECONDS).catch(this.failed);
  }

  async delete(key: string): Promise<boolean> {
    return ((await this.redis.del(this.prefix + key).catch(this.failed)) ?? 0) > 0;
  }

  private readonly failed = (error: unknown): null => {
    reportRedisFailure(this.redis, error, 'apq');
    return null;
  };
}
