import type { EntityManager } from '@mikro-orm/postgresql';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Clock } from '../../../platform/runtime/clock';
import { validate } from '../../../platform/graphql/validation';
import { AuditAction } from '../audit/audit-action';
import type { AuditLog, RequestOrigin } from '../audit/audit-log';
import { consume } from '../auth/consume-point';
import type { LoginGuard } from '../auth/login-guard';
import { hashPassword } from '../auth/password';
import type { Reauthentication } from '../auth/reauthentication';
import type { SessionEnding } from '../session/session-ending';
import { User } from '../user/user.entity';
import { TokenPurpose } from '../verification/one-time-token.entity';
import type { OneTimeTokens } from '../verification/one-time-tokens';
import { enqueueTokenEmail } from '../verification/token-email.job';
import { InvalidLinkError } from '../verification/verification.errors';
import {
  changePasswordSchema,
  PasswordChanged,
  PasswordReset,
  PasswordResetRequested,
  requestResetSchema,
  resetPasswordSchema,
  type ChangePasswordInput,
  type ChangePasswordResult,
  type RequestPasswordResetResult,
  type ResetPasswordInput,
  type ResetPasswordResult,
} from './password.results';

export interface PasswordPolicy {
  resetTtlMs: number;
}

export class PasswordService {
  constructor(
    private readonly tokens: OneTimeTokens,
    private readonly reauth: Reauthentication,
    private readonly guard: LoginGuard,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
    private readonly policy: PasswordPolicy,
    private readonly limits: { perIp: RateLimiterAbstract; perAddress: RateLimiterAbstract },
    private readonly ending: SessionEnding,
  ) {}

  /** Needs the current password; signs out every other session (the one making the change stays). */
  async change(
    em: EntityManager,
    viewer: { id: string; sessionId: string | null },
    input: ChangePasswordInput,
    origin: RequestOrigin,
  ): Promise<ChangePasswordResult> {
    const parsed = validate(changePasswordSchema, input);
    if (!parsed.ok) return parsed.error;
    const user = await this.reauth.confirm(em, viewer.id, parsed.value.currentPassword, origin);
    if (!(user instanceof User)) return user;
    const passwordHash = await hashPassword(parsed.value.newPassword);
    const signedOut = await em.transactional(async (tx) => {
      await tx.nativeUpdate(User, { id: user.id }, { passwordHash });
      const others = viewer.sessionId ? { id: { $ne: viewer.sessionId } } : {};
      const ended = await this.ending.end(tx, { user: user.id, ...others }, 'password changed', this.clock());
      await this.audit.record(tx, origin, {
        action: AuditAction.PASSWORD_CHANGED,
        userId: user.id,
        details: { signedOutSessions: ended.length },
      });
      return ended;
    });
    await this.ending.announce(signedOut);
    return new PasswordChanged(signedOut.length);
  }

  /** Answers the same whether or not the address has an account. */
  async requestReset(em: EntityManager, email: string, origin: RequestOrigin): Promise<RequestPasswordResetResult> {
    const parsed = validate(requestResetSchema, { email });
    if (!parsed.ok) return parsed.error;
    if (origin.ip) {
      const limited = await consume(this.limits.perIp, origin.ip);
      if (limited) return limited;
    }
    const user = await em.getRepository(User).findByEmail(parsed.value.email);
    // A flood of resets to one inbox is dropped silently: saying so would reveal the account.
    if (!user || user.suspendedAt || (await consume(this.limits.perAddress, user.email)))
      return new PasswordResetRequested();
    await em.transactional(async (tx) => {
      const token = await this.tokens.create(tx, user, TokenPurpose.RESET_PASSWORD, this.policy.resetTtlMs);
      await enqueueTokenEmail(tx, token);
      await this.audit.record(tx, origin, { action: AuditAction.PASSWORD_RESET_REQUESTED, userId: user.id });
    });
    return new PasswordResetRequested();
  }

  /** Sets the password from an emailed link and signs out every session; the inbox is proven too. */
  async reset(em: EntityManager, input: ResetPasswordInput, origin: RequestOrigin): Promise<ResetPasswordResult> {
    const parsed = validate(resetPasswordSchema, input);
    if (!parsed.ok) return parsed.error;
    const passwordHash = await hashPassword(parsed.value.newPassword);
    const reset = await em.transactional(async (tx) => {
      const token = await this.tokens.findLive(tx, parsed.value.token, TokenPurpose.RESET_PASSWORD);
      if (!token) return null;
      await this.tokens.use(tx, token);
      const now = this.clock();
      const target = token.user;
      target.emailVerifiedAt ??= now;
      await tx.nativeUpdate(User, { id: target.id }, { passwordHash });
      const signedOut = await this.ending.end(tx, { user: target.id }, 'password reset', now);
      await this.audit.record(tx, origin, {
        action: AuditAction.PASSWORD_RESET,
        userId: target.id,
        details: { signedOutSessions: signedOut.length },
      });
      return { email: target.email, signedOut };
    });
    if (!reset) return new InvalidLinkError();
    await this.ending.announce(reset.signedOut);
    await this.guard.clear(reset.email);
    return new PasswordReset();
  }
}
