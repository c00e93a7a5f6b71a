import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import type { Logger } from '../../../platform/runtime/logger';
import type { EndedSessions } from '../../../platform/runtime/redis/ended-sessions';
import { Session } from './session.entity';

/**
 * Ends sessions in the database and tells the gateway, whose ended-session list refuses their
 * still-unexpired access tokens at once. An entry outlives the newest access token of its session
 * (issued at the latest when the session ended) with a minute to spare for clock skew.
 */
export class SessionEnding {
  constructor(
    private readonly ended: EndedSessions,
    private readonly accessTokenTtlSeconds: number,
    private readonly logger: Logger,
  ) {}

  /** Revokes the live sessions that match and returns their ids; pass them to `announce` once committed. */
  async end(em: EntityManager, where: FilterQuery<Session>, reason: string, now: Date): Promise<string[]> {
    const rows: { id: string }[] = await em
      .createQueryBuilder(Session)
      .update({ revokedAt: now, revokedReason: reason })
      .where({ $and: [where, { revokedAt: null }] })
      .returning('id')
      .execute('all');
    return rows.map((row) => row.id);
  }

  /** Lists the sessions at the gateway; throws if Redis refuses, for callers that must roll back. */
  announceOrThrow(sessionIds: readonly string[]): Promise<void> {
    return this.ended.add(sessionIds, this.accessTokenTtlSeconds + 60);
  }

  /**
   * After commit: the sessions have ended whatever Redis says, so a failed write is logged as an
   * alert and their access tokens then last until they expire, as before the list existed.
   */
  async announce(sessionIds: readonly string[]): Promise<void> {
    try {
      await this.announceOrThrow(sessionIds);
    } catch (error) {
      this.logger.error(
        { err: error, alert: 'ended_sessions_unrecorded', sessions: sessionIds.length },
        'ended sessions not listed; their access tokens work until they expire',
      );
    }
  }
}
