import type Redis from 'ioredis';
import { reported } from './outage';

/**
 * Sign-in sessions that ended (logout, revocation, password change or reset, refresh-token reuse,
 * suspension) while access tokens carrying their id (`sid`) may still be unexpired. Accounts adds
 * them when it ends them; the gateway refuses such tokens on every request. An entry only has to
 * outlive the access tokens of its session, so it expires after one access-token lifetime and the
 * list holds only recently ended sessions.
 */
export interface EndedSessions {
  add(sessionIds: readonly string[], ttlSeconds: number): Promise<void>;
  has(sessionId: string): Promise<boolean>;
}

export function endedSessions(redis: Redis | null, keyPrefix: string): EndedSessions {
  return redis ? redisEndedSessions(redis, `${keyPrefix}ended-session:`) : memoryEndedSessions(keyPrefix);
}

function redisEndedSessions(redis: Redis, prefix: string): EndedSessions {
  return {
    add: async (sessionIds, ttlSeconds) => {
      if (sessionIds.length === 0) return;
      const writes = redis.multi();
      for (const id of sessionIds) writes.set(prefix + id, '1', 'EX', ttlSeconds);
      const results = await writes.exec();
      const failed = results?.find(([error]) => error)?.[0];
      if (!results || failed) throw failed ?? new Error('ended-session write discarded');
    },
    has: async (sessionId) => (await reported(redis, 'ended-sessions', redis.exists(prefix + sessionId))) === 1,
  };
}

/** Without Redis every component runs in one process (the embedded default), so one map serves all. */
const inProcess = new Map<string, number>();

function memoryEndedSessions(prefix: string): EndedSessions {
  return {
    add: async (sessionIds, ttlSeconds) => {
      const expiresAt = Date.now() + ttlSeconds * 1000;
      for (const id of sessionIds) inProcess.set(prefix + id, expiresAt);
    },
    has: async (sessionId) => (inProcess.get(prefix + sessionId) ?? 0) > Date.now(),
  };
}
