import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import type { Clock } from '../../../platform/runtime/clock';
import { publish } from '../../../platform/events/publish';
import type { SuspendedUsers } from '../../../platform/runtime/redis/suspended-users';
import { validate } from '../../../platform/graphql/validation';
import { AuditAction } from '../audit/audit-action';
import type { AuditLog, RequestOrigin } from '../audit/audit-log';
import { UserReinstated, UserSuspended } from '../../../contracts/events/accounts';
import type { SessionEnding } from '../session/session-ending';
import { User } from '../user/user.entity';
import { CannotSuspendSelfError, UserNotFoundError } from './admin.errors';
import {
  suspendUserSchema,
  UserSuspensionChanged,
  type ReinstateUserResult,
  type SuspendUserInput,
  type SuspendUserResult,
} from './suspension.results';

/**
 * Suspension takes effect at once: sessions are revoked (no refresh, no sign-in) and the user joins
 * the gateway's denylist, which refuses their still-valid access tokens on the next request.
 */
export class SuspensionService {
  constructor(
    private readonly denylist: SuspendedUsers,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
    /** Access tokens live this long; the denylist entry must outlive the newest of them. */
    private readonly accessTokenTtlSeconds: number,
    private readonly ending: SessionEnding,
  ) {}

  async suspend(
    em: EntityManager,
    adminId: string,
    input: SuspendUserInput,
    origin: RequestOrigin,
  ): Promise<SuspendUserResult> {
    const parsed = validate(suspendUserSchema, input);
    if (!parsed.ok) return parsed.error;
    const { userId, reason } = parsed.value;
    if (userId === adminId) return new CannotSuspendSelfError();
    return em.transactional(async (tx) => {
      const user = await tx.findOne(User, { id: userId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!user) return new UserNotFoundError();
      if (user.suspendedAt) return new UserSuspensionChanged(user);
      const now = this.clock();
      user.suspendedAt = now;
      user.suspendedReason = reason;
      await tx.flush();
      const revoked = await this.ending.end(tx, { user }, 'suspended', now);
      await publish(
        tx,
        UserSuspended,
        { userId, suspendedAt: now.toISOString() },
        { requestId: origin.requestId ?? undefined },
      );
      await this.audit.record(tx, origin, {
        action: AuditAction.USER_SUSPENDED,
        userId,
        actorId: adminId,
        details: { revokedSessions: revoked.length },
        personalDetails: { reason },
      });
      // Before commit: if Redis refuses, the suspension rolls back and the admin sees the error, rather than a
      // suspension the gateway does not know about. The ended sessions stay listed after a reinstatement, so
      // access tokens issued before the suspension never work again.
      await this.denylist.add(userId, this.accessTokenTtlSeconds + 60);
      await this.ending.announceOrThrow(revoked);
      return new UserSuspensionChanged(user);
    });
  }

  async reinstate(
    em: EntityManager,
    adminId: string,
    userId: string,
    origin: RequestOrigin,
  ): Promise<ReinstateUserResult> {
    if (!z.uuid().safeParse(userId).success) return new UserNotFoundError();
    return em.transactional(async (tx) => {
      const user = await tx.findOne(User, { id: userId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!user) return new UserNotFoundError();
      if (!user.suspendedAt) return new UserSuspensionChanged(user);
      const now = this.clock();
      user.suspendedAt = null;
      user.suspendedReason = null;
      await tx.flush();
      await publish(
        tx,
        UserReinstated,
        { userId, reinstatedAt: now.toISOString() },
        { requestId: origin.requestId ?? undefined },
      );
      await this.audit.record(tx, origin, { action: AuditAction.USER_REINSTATED, userId, actorId: adminId });
      await this.denylist.remove(userId);
      return new UserSuspensionChanged(user);
    });
  }
}
