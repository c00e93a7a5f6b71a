import { createHash } from 'node:crypto';
import { wrap } from '@mikro-orm/postgresql';
import type Redis from 'ioredis';
import type { Config } from '../../../platform/runtime/config';
import { connectRedis, disconnectRedis, redisReady } from '../../../platform/runtime/redis/connect';
import type { Logger } from '../../../platform/runtime/logger';
import { Listing } from '../listing/listing.entity';
import { cacheStore, type CacheStore } from './cache-store';

type CacheConfig = Pick<Config, 'redisKeyPrefix' | 'cache'>;

/**
 * Listing rows and anonymous search pages, kept for a short while. A listing change forgets its
 * row and moves searches to a new generation (old pages expire unread). A kept row's host standing
 * is not kept: readers look it up again (listing.loader.ts), so a suspension hides it at once.
 */
export class ListingsCache {
  private readonly prefix: string;

  constructor(
    private readonly store: CacheStore,
    private readonly config: CacheConfig,
  ) {
    this.prefix = `${config.redisKeyPrefix}listings:`;
  }

  static for(redis: Redis | null, config: CacheConfig): ListingsCache {
    return new ListingsCache(cacheStore(redis), config);
  }

  /** The kept listings among `ids`, without their host's standing; the others must be read from the database. */
  async listings(ids: readonly string[]): Promise<Map<string, Listing>> {
    if (this.config.cache.listingTtlSeconds === 0 || ids.length === 0) return new Map();
    const values = await this.store.getMany(ids.map((id) => this.listingKey(id)));
    const found = values.filter((value): value is string => value !== null).map(fromSnapshot);
    return new Map(found.map((listing) => [listing.id, listing]));
  }

  async keepListings(listings: readonly Listing[]): Promise<void> {
    const ttl = this.config.cache.listingTtlSeconds;
    if (ttl === 0) return;
    await Promise.all(listings.map((l) => this.store.set(this.listingKey(l.id), toSnapshot(l), ttl)));
  }

  /** Call after the commit that changed these listings (or what search answers about them). */
  async forget(ids: readonly string[]): Promise<void> {
    await this.store.delete(ids.map((id) => this.listingKey(id)));
    await this.store.increment(this.generationKey());
  }

  /** A kept search page for these exact arguments, or null. */
  async searchPage<T>(args: object): Promise<T | null> {
    if (this.config.cache.searchTtlSeconds === 0) return null;
    const value = await this.store.get(await this.searchKey(args));
    return value === null ? null : (JSON.parse(value) as T);
  }

  async keepSearchPage(args: object, page: object): Promise<void> {
    const ttl = this.config.cache.searchTtlSeconds;
    if (ttl > 0) await this.store.set(await this.searchKey(args), JSON.stringify(page), ttl);
  }

  private listingKey(id: string): string {
    return `${this.prefix}listing:v${SNAPSHOT_VERSION}:${id}`;
  }

  private generationKey(): string {
    return `${this.prefix}search-generation`;
  }

  private async searchKey(args: object): Promise<string> {
    const generation = (await this.store.get(this.generationKey())) ?? '0';
    const digest = createHash('sha256').update(JSON.stringify(args)).digest('base64url');
    return `${this.prefix}search:${generation}:${digest}`;
  }
}

/** For the worker: a short-lived cache on its own connection, e.g. to forget searches after a projection changed. */
export async function withListingsCache(
  config: Config,
  logger: Logger,
  use: (cache: ListingsCache) => Promise<void>,
): Promise<void> {
  const redis = config.redisUrl ? connectRedis(config, logger, 'listings-cache') : null;
  try {
    await redisReady(redis);
    await use(ListingsCache.for(redis, config));
  } finally {
    await disconnectRedis(redis);
  }
}

/**
 * Bump when the Listing entity's stored fields change (2: the public point): processes of a new
 * deploy then never read snapshots written by the old one, which lack the new fields.
 */
const SNAPSHOT_VERSION = 2;

function toSnapshot(listing: Listing): string {
  const { hostSuspended: _standing, ...row } = wrap(listing).toPOJO();
  return JSON.stringify(row);
}

/** A detached Listing: never merged into a request's EntityManager, so a later write cannot act on cached data. */
function fromSnapshot(value: string): Listing {
  const data = JSON.parse(value) as Record<string, unknown>;
  return Object.assign(new Listing(), data, {
    createdAt: new Date(data.createdAt as string),
    updatedAt: new Date(data.updatedAt as string),
    publishedAt: data.publishedAt ? new Date(data.publishedAt as string) : null,
  });
}
