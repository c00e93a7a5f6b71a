import type Redis from 'ioredis';
import { reported } from './outage';

/**
 * Users whose access tokens must stop working now, not when they expire. Accounts adds a user on
 * suspension and removes them on reinstatement; the gateway checks every authenticated request.
 * An entry only has to outlive the access tokens issued before the suspension: a suspended user
 * cannot sign in or refresh, so it expires after one access-token lifetime.
 */
export interface SuspendedUsers {
  add(userId: string, ttlSeconds: number): Promise<void>;
  remove(userId: string): Promise<void>;
  has(userId: string): Promise<boolean>;
}

export function suspendedUsers(redis: Redis | null, keyPrefix: string): SuspendedUsers {
  return redis ? redisSuspendedUsers(redis, `${keyPrefix}suspended:`) : memorySuspendedUsers(keyPrefix);
}

function redisSuspendedUsers(redis: Redis, prefix: string): SuspendedUsers {
  return {
    add: async (userId, ttlSeconds) => {
      await redis.set(prefix + userId, '1', 'EX', ttlSeconds);
    },
    remove: async (userId) => {
      await redis.del(prefix + userId);
    },
    has: async (userId) => (await reported(redis, 'suspended-users', redis.exists(prefix + userId))) === 1,
  };
}

/** Without Redis every component runs in one process (the embedded default), so one map serves all. */
const inProcess = new Map<string, number>();

function memorySuspendedUsers(prefix: string): SuspendedUsers {
  return {
    add: async (userId, ttlSeconds) => {
      inProcess.set(prefix + userId, Date.now() + ttlSeconds * 1000);
    },
    remove: async (userId) => {
      inProcess.delete(prefix + userId);
    },
    has: async (userId) => (inProcess.get(prefix + userId) ?? 0) > Date.now(),
  };
}
