import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditAction } from '../audit/audit-action';
import type { AuditLog, RequestOrigin } from '../audit/audit-log';
import { User } from '../user/user.entity';
import { TooManyAttemptsError, WrongPasswordError } from './auth.errors';
import type { LoginGuard } from './login-guard';
import { verifyPassword } from './password';

/**
 * Asks a signed-in user for their password again before a sensitive change. Wrong answers count
 * towards the same lockout as sign-in, so a stolen access token cannot be used to guess it.
 */
export class Reauthentication {
  constructor(
    private readonly guard: LoginGuard,
    private readonly audit: AuditLog,
  ) {}

  /** The user with their password hash when the password is right; otherwise the error to return. */
  async confirm(
    em: EntityManager,
    userId: string,
    password: string,
    origin: RequestOrigin,
  ): Promise<User | WrongPasswordError | TooManyAttemptsError> {
    const user = await em.findOneOrFail(User, { id: userId }, { populate: ['passwordHash'] });
    const verdict = await this.guard.attempt(user.email, origin.ip);
    if (!verdict.allowed) return new TooManyAttemptsError(verdict.retryAfterSeconds);
    if (await verifyPassword(user.passwordHash, password)) {
      await this.guard.succeeded(user.email, origin.ip);
      return user;
    }
    const lock = await this.guard.failed(user.email, verdict.attempt);
    await this.audit.record(em, origin, {
      action: AuditAction.LOGIN_FAILED,
      userId,
      details: { reason: 'wrong_password', reauthentication: true },
    });
    if (lock) await this.audit.record(em, origin, { action: AuditAction.ACCOUNT_LOCKED, userId, details: lock });
    return new WrongPasswordError();
  }
}
