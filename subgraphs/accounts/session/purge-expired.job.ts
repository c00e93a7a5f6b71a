import type { QueryResult } from '@mikro-orm/postgresql';
import type { JobDefinition } from '../../../platform/events/event-handler';
import { OneTimeToken } from '../verification/one-time-token.entity';
import { Session } from './session.entity';

/** Ended sessions stay listed this long for the user's and support's benefit, then go. */
const KEEP_ENDED_SESSIONS_DAYS = 30;

/**
 * Hourly: deletes what can no longer be used. Refresh tokens of expired or revoked sessions (a
 * rotated token of a live session stays: it is how reuse is detected), used or expired one-time
 * tokens, and sessions that ended a while ago.
 */
export const purgeExpiredTokens: JobDefinition = {
  name: 'accounts.purge_expired_tokens',
  async run(_payload, { em, clock, logger }) {
    const now = clock();
    const keepSince = new Date(now.getTime() - KEEP_ENDED_SESSIONS_DAYS * 86_400_000);
    const { affectedRows: refreshTokens } = await em.execute<QueryResult>(
      `delete from accounts.refresh_tokens r using accounts.sessions s
        where r.session_id = s.id and (r.expires_at <= ? or s.revoked_at is not null)`,
      [now],
      'run',
    );
    const oneTimeTokens = await em.nativeDelete(OneTimeToken, {
      $or: [{ expiresAt: { $lte: now } }, { usedAt: { $ne: null } }],
    });
    const sessions = await em.nativeDelete(Session, {
      $or: [{ expiresAt: { $lte: keepSince } }, { revokedAt: { $lte: keepSince } }],
    });
    logger.info({ refreshTokens, oneTimeTokens, sessions }, 'purged expired tokens and sessions');
  },
};
