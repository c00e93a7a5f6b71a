import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/postgresql';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Clock } from '../../../platform/runtime/clock';
import { validate } from '../../../platform/graphql/validation';
import { AuditAction } from '../audit/audit-action';
import type { AuditLog, RequestOrigin } from '../audit/audit-log';
import { EmailTakenError, type TooManyAttemptsError } from '../auth/auth.errors';
import { consume } from '../auth/consume-point';
import type { Reauthentication } from '../auth/reauthentication';
import { User } from '../user/user.entity';
import { normalizeEmail } from '../user/user.repository';
import { TokenPurpose } from './one-time-token.entity';
import type { OneTimeTokens } from './one-time-tokens';
import { enqueueTokenEmail } from './token-email.job';
import { AlreadyVerifiedError, InvalidLinkError } from './verification.errors';
import {
  changeEmailSchema,
  EmailChangeRequested,
  VerificationEmailSent,
  VerifyEmailSuccess,
  type ChangeEmailInput,
  type ChangeEmailResult,
  type ResendVerificationResult,
  type VerifyEmailResult,
} from './verification.results';

/** Proving an address: at sign-up, on request, and before an email change takes effect. */
export class EmailVerification {
  constructor(
    private readonly tokens: OneTimeTokens,
    private readonly reauth: Reauthentication,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
    private readonly ttlMs: number,
    /** Emails per address per hour, against mail bombing. */
    private readonly perAddress: RateLimiterAbstract,
  ) {}

  /** Queues a link to `email` in the caller's transaction. */
  async send(tx: EntityManager, user: User, email: string): Promise<void> {
    const token = await this.tokens.create(tx, user, TokenPurpose.VERIFY_EMAIL, this.ttlMs, email);
    await enqueueTokenEmail(tx, token);
  }

  async verify(em: EntityManager, secret: string, origin: RequestOrigin): Promise<VerifyEmailResult> {
    try {
      return await em.transactional(async (tx) => {
        const token = await this.tokens.findLive(tx, secret, TokenPurpose.VERIFY_EMAIL);
        if (!token?.email) return new InvalidLinkError();
        const user = token.user;
        await this.tokens.use(tx, token);
        if (token.email !== user.email) {
          const previousEmail = user.email;
          user.email = token.email;
          await this.audit.record(tx, origin, {
            action: AuditAction.EMAIL_CHANGED,
            userId: user.id,
            personalDetails: { previousEmail, email: user.email },
          });
        }
        user.emailVerifiedAt = this.clock();
        await tx.flush();
        await this.audit.record(tx, origin, {
          action: AuditAction.EMAIL_VERIFIED,
          userId: user.id,
          personalDetails: { email: user.email },
        });
        return new VerifyEmailSuccess(user.email);
      });
    } catch (error) {
      // Someone else took the new address between the request and the click.
      if (error instanceof UniqueConstraintViolationException) return new EmailTakenError();
      throw error;
    }
  }

  async resend(em: EntityManager, userId: string): Promise<ResendVerificationResult> {
    const user = await em.findOneOrFail(User, { id: userId });
    if (user.emailVerifiedAt) return new AlreadyVerifiedError();
    const limited = await this.consume(user.email);
    if (limited) return limited;
    await em.transactional((tx) => this.send(tx, user, user.email));
    return new VerificationEmailSent(user.email);
  }

  /** The new address takes over only when its link is followed; until then the old one stays. */
  async requestChange(
    em: EntityManager,
    userId: string,
    input: ChangeEmailInput,
    origin: RequestOrigin,
  ): Promise<ChangeEmailResult> {
    const parsed = validate(changeEmailSchema, input);
    if (!parsed.ok) return parsed.error;
    const newEmail = normalizeEmail(parsed.value.newEmail);
    const user = await this.reauth.confirm(em, userId, parsed.value.currentPassword, origin);
    if (!(user instanceof User)) return user;
    if (await em.count(User, { email: newEmail, id: { $ne: user.id } })) return new EmailTakenError();
    const limited = await this.consume(newEmail);
    if (limited) return limited;
    await em.transactional(async (tx) => {
      await this.send(tx, user, newEmail);
      await this.audit.record(tx, origin, {
        action: AuditAction.EMAIL_CHANGE_REQUESTED,
        userId,
        personalDetails: { email: newEmail },
      });
    });
    return new EmailChangeRequested(newEmail);
  }

  private consume(address: string): Promise<TooManyAttemptsError | null> {
    return consume(this.perAddress, address);
  }
}
