import { createHash } from 'node:crypto';
import type Redis from 'ioredis';
import type { Clock } from '../../../platform/runtime/clock';

export interface CachedToken {
  token: string;
  expiresAt: number;
}

/** Where an OAuth token lives between calls: Redis (shared by every process) or this process. */
export interface DarajaTokenStore {
  get(): Promise<CachedToken | null>;
  set(token: CachedToken): Promise<void>;
  clear(): Promise<void>;
  /** Claims the right to refresh for a moment, so processes do not all ask Daraja at once. */
  claimRefresh(ms: number): Promise<boolean>;
}

/** Keys name the consumer key by hash only: a key in Redis must not reveal the credential. */
function keyFor(prefix: string, consumerKey: string): string {
  return `${prefix}mpesa:oauth:${createHash('sha256').update(consumerKey).digest('hex').slice(0, 16)}`;
}

export function redisTokenStore(redis: Redis, prefix: string, consumerKey: string, clock: Clock): DarajaTokenStore {
  const key = keyFor(prefix, consumerKey);
  return {
    async get() {
      const raw = await redis.get(key);
      if (!raw) return null;
      const cached = JSON.parse(raw) as CachedToken;
      return cached.expiresAt > clock().getTime() ? cached : null;
    },
    async set(token) {
      const ttl = token.expiresAt - clock().getTime();
      if (ttl > 0) await redis.set(key, JSON.stringify(token), 'PX', ttl);
    },
    async clear() {
      await redis.del(key);
    },
    async claimRefresh(ms) {
      return (await redis.set(`${key}:refreshing`, '1', 'PX', ms, 'NX')) === 'OK';
    },
  };
}

export function memoryTokenStore(clock: Clock): DarajaTokenStore {
  let cached: CachedToken | null = null;
  return {
    get: () => Promise.resolve(cached && cached.expiresAt > clock().getTime() ? cached : null),
    set: (token) => {
      cached = token;
      return Promise.resolve();
    },
    clear: () => {
      cached = null;
      return Promise.resolve();
    },
    claimRefresh: () => Promise.resolve(true),
  };
}
