import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../../platform/runtime/clock';
import { hashOpaqueToken, newOpaqueToken } from '../auth/opaque-token';
import type { User } from '../user/user.entity';
import { OneTimeToken, type TokenPurpose } from './one-time-token.entity';

/**
 * Single-use tokens. A user has at most one live token per purpose: a new one retires the older
 * ones, and using one retires its siblings (an old email-change link cannot undo a newer change).
 */
export class OneTimeTokens {
  constructor(private readonly clock: Clock) {}

  /** A token whose secret is drawn later, by the job that emails it (`draw`). Call in a transaction. */
  async create(
    em: EntityManager,
    user: User,
    purpose: TokenPurpose,
    ttlMs: number,
    email: string | null = null,
  ): Promise<OneTimeToken> {
    const now = this.clock();
    await this.retire(em, user.id, purpose, now);
    const token = em.create(OneTimeToken, {
      user,
      purpose,
      email,
      createdAt: now,
      expiresAt: new Date(now.getTime() + ttlMs),
    });
    await em.flush();
    return token;
  }

  /** A token whose secret goes straight back to the caller (an MFA challenge). */
  async createWithSecret(
    em: EntityManager,
    user: User,
    purpose: TokenPurpose,
    ttlMs: number,
  ): Promise<{ secret: string; token: OneTimeToken }> {
    const token = await this.create(em, user, purpose, ttlMs);
    return { secret: this.draw(token), token };
  }

  /** Draws a fresh secret for a token and stores its hash; a secret drawn before stops working. */
  draw(token: OneTimeToken): string {
    const secret = newOpaqueToken();
    token.tokenHash = hashOpaqueToken(secret);
    return secret;
  }

  /** The live token for this secret and purpose, locked for the caller's transaction; null when unknown, used or expired. */
  async findLive(em: EntityManager, secret: string, purpose: TokenPurpose): Promise<OneTimeToken | null> {
    const token = await em.findOne(
      OneTimeToken,
      { tokenHash: hashOpaqueToken(secret), purpose },
      { lockMode: LockMode.PESSIMISTIC_WRITE, lockTableAliases: ['o0'], populate: ['user'] },
    );
    if (!token || token.usedAt || token.expiresAt <= this.clock()) return null;
    return token;
  }

  /** Marks the token used and retires the user's other tokens of its purpose. */
  async use(em: EntityManager, token: OneTimeToken): Promise<void> {
    const now = this.clock();
    token.usedAt = now;
    await this.retire(em, token.user.id, token.purpose, now);
  }

  private async retire(em: EntityManager, userId: string, purpose: TokenPurpose, now: Date): Promise<void> {
    await em.nativeUpdate(OneTimeToken, { user: userId, purpose, usedAt: null }, { usedAt: now });
  }
}
