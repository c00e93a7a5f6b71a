import { LockMode, type Cursor, type EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../../platform/runtime/clock';
import { unauthenticated } from '../../../platform/graphql/graphql-errors';
import { AuditAction } from '../audit/audit-action';
import type { AuditLog, RequestOrigin } from '../audit/audit-log';
import type { AccessTokenIssuer } from '../auth/access-token';
import type { User } from '../user/user.entity';
import { hashOpaqueToken, newOpaqueToken } from '../auth/opaque-token';
import { RefreshToken } from './refresh-token.entity';
import type { SessionEnding } from './session-ending';
import { InvalidRefreshTokenError, SessionNotFoundError } from './session.errors';
import {
  LogoutSuccess,
  RefreshSuccess,
  type RefreshResult,
  type RevokeSessionResult,
  type TokenPair,
} from './session.results';
import { Session } from './session.entity';

export interface SessionPolicy {
  refreshTokenTtlDays: number;
  refreshReuseGraceSeconds: number;
}

const DAY_MS = 86_400_000;

/**
 * Sessions and their rotating refresh tokens. Each refresh replaces the token; presenting a
 * replaced token again (after a short grace for a client's double submit) means it was copied,
 * so the whole session is revoked.
 */
export class SessionService {
  constructor(
    private readonly tokens: AccessTokenIssuer,
    private readonly clock: Clock,
    private readonly policy: SessionPolicy,
    private readonly audit: AuditLog,
    private readonly ending: SessionEnding,
  ) {}

  /** Opens a session for a user who just proved who they are. Call inside a transaction. */
  async start(em: EntityManager, user: User, client: RequestOrigin): Promise<TokenPair & { sessionId: string }> {
    const now = this.clock();
    const session = em.create(Session, {
      user,
      userAgent: truncate(client.userAgent),
      ip: client.ip,
      createdAt: now,
      lastUsedAt: now,
      expiresAt: new Date(now.getTime() + this.policy.refreshTokenTtlDays * DAY_MS),
    });
    return { ...(await this.issue(em, user, session, now)), sessionId: session.id };
  }

  async refresh(em: EntityManager, token: string, client: RequestOrigin): Promise<RefreshResult> {
    const now = this.clock();
    const outcome = await em.transactional(async (tx) => {
      const current = await tx.findOne(
        RefreshToken,
        { tokenHash: hashOpaqueToken(token) },
        { lockMode: LockMode.PESSIMISTIC_WRITE, lockTableAliases: ['r0'], populate: ['session.user'] },
      );
      const session = current?.session;
      if (!current || !session || session.revokedAt || current.expiresAt <= now || session.expiresAt <= now)
        return 'invalid';
      if (session.user.suspendedAt) return 'invalid';
      if (
        current.rotatedAt &&
        now.getTime() - current.rotatedAt.getTime() > this.policy.refreshReuseGraceSeconds * 1000
      ) {
        session.revokedAt = now;
        session.revokedReason = 'refresh token reused';
        await tx.flush();
        await this.audit.record(tx, client, {
          action: AuditAction.REFRESH_TOKEN_REUSED,
          userId: session.user.id,
          details: { sessionId: session.id },
        });
        return { reused: session.id };
      }
      current.rotatedAt ??= now;
      session.lastUsedAt = now;
      session.ip = client.ip ?? session.ip;
      session.userAgent = truncate(client.userAgent) ?? session.userAgent;
      return this.issue(tx, session.user, session, now);
    });
    if (outcome === 'invalid') return new InvalidRefreshTokenError();
    if ('reused' in outcome) {
      await this.ending.announce([outcome.reused]);
      return new InvalidRefreshTokenError();
    }
    return new RefreshSuccess(outcome);
  }

  /**
   * A new token pair for the session this request came from, after the user's roles or state
   * changed; its earlier refresh tokens count as rotated. Call inside a transaction.
   */
  async reissue(em: EntityManager, user: User, sessionId: string | null): Promise<TokenPair> {
    const now = this.clock();
    const session = sessionId
      ? await em.findOne(
          Session,
          { id: sessionId, user, revokedAt: null, expiresAt: { $gt: now } },
          { lockMode: LockMode.PESSIMISTIC_WRITE },
        )
      : null;
    if (!session) throw unauthenticated();
    await em.nativeUpdate(RefreshToken, { session, rotatedAt: null }, { rotatedAt: now });
    session.lastUsedAt = now;
    return this.issue(em, user, session, now);
  }

  /** Ends one of the user's own sessions. */
  async revoke(em: EntityManager, userId: string, sessionId: string, reason: string): Promise<RevokeSessionResult> {
    const revoked = await this.ending.end(em, { id: sessionId, user: userId }, reason, this.clock());
    await this.ending.announce(revoked);
    return revoked.length > 0 ? new LogoutSuccess(revoked.length) : new SessionNotFoundError();
  }

  async revokeAll(em: EntityManager, userId: string, reason: string): Promise<LogoutSuccess> {
    const revoked = await this.ending.end(em, { user: userId }, reason, this.clock());
    await this.ending.announce(revoked);
    return new LogoutSuccess(revoked.length);
  }

  /** A page of the user's sessions that can still be refreshed, most recently used first. */
  listActive(
    em: EntityManager,
    userId: string,
    page: { first: number; after: { lastUsedAt: Date; id: string } | null },
  ): Promise<Cursor<Session, never, '*', never, false>> {
    return em.findByCursor(
      Session,
      { user: userId, revokedAt: null, expiresAt: { $gt: this.clock() } },
      {
        first: page.first,
        ...(page.after ? { after: page.after } : {}),
        orderBy: { lastUsedAt: 'desc', id: 'desc' },
        includeCount: false,
      },
    );
  }

  private async issue(em: EntityManager, user: User, session: Session, now: Date): Promise<TokenPair> {
    const refreshToken = newOpaqueToken();
    em.create(RefreshToken, {
      session,
      tokenHash: hashOpaqueToken(refreshToken),
      createdAt: now,
      expiresAt: session.expiresAt,
    });
    await em.flush();
    const access = await this.tokens.issue(user, session.id);
    return {
      accessToken: access.token,
      expiresAt: access.expiresAt,
      refreshToken,
      refreshTokenExpiresAt: session.expiresAt,
    };
  }
}

function truncate(value: string | null): string | null {
  return value ? value.slice(0, 512) : null;
}
