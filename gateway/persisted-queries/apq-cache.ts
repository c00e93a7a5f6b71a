import type Redis from 'ioredis';

/** How long an automatically persisted query is remembered after its last registration. */
const APQ_TTL_SECONDS = 24 * 3600;

/** A KeyValueCache for Apollo's automatic persisted queries, in Redis so every gateway shares it. */
export class RedisApqCache {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  async get(key: string): Promise<string | undefined> {
    return (await this.redis.get(this.prefix + key)) ?? undefined;
  }

  async set(key: string, value: string, options?: { ttl?: number | null }): Promise<void> {
    await this.redis.set(this.prefix + key, value, 'EX', options?.ttl ?? APQ_TTL_SECONDS);
  }

  async delete(key: string): Promise<boolean> {
    return (await this.redis.del(this.prefix + key)) > 0;
  }
}
