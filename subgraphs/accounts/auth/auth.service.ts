import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/postgresql';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { publish } from '../../../platform/events/publish';
import { validate } from '../../../platform/graphql/validation';
import { AuditAction } from '../audit/audit-action';
import type { AuditLog, RequestOrigin } from '../audit/audit-log';
import { UserRegistered } from '../../../contracts/events/accounts';
import { InvalidMfaChallengeError } from '../mfa/mfa.errors';
import { MfaRequired } from '../mfa/mfa.results';
import type { MfaService } from '../mfa/mfa.service';
import type { SessionService } from '../session/session.service';
import { User } from '../user/user.entity';
import { normalizeEmail } from '../user/user.repository';
import type { EmailVerification } from '../verification/email-verification.service';
import { TokenPurpose } from '../verification/one-time-token.entity';
import type { OneTimeTokens } from '../verification/one-time-tokens';
import { AccountSuspendedError, EmailTakenError, InvalidCredentialsError, TooManyAttemptsError } from './auth.errors';
import { loginSchema, registerSchema, type LoginInput, type RegisterInput } from './auth.inputs';
import {
  LoginSuccess,
  RegisterSuccess,
  type CompleteMfaLoginResult,
  type LoginResult,
  type RegisterResult,
} from './auth.results';
import type { LoginGuard } from './login-guard';
import { consume } from './consume-point';
import { hashPassword, needsRehash, verifyAgainstDummy, verifyPassword } from './password';
import { RegistrationKey } from './registration-key.entity';
import { replayRegistration } from './registration-replay';

const MFA_CHALLENGE_TTL_MS = 5 * 60_000;

export interface AuthDependencies {
  sessions: SessionService;
  guard: LoginGuard;
  audit: AuditLog;
  tokens: OneTimeTokens;
  verification: EmailVerification;
  mfa: MfaService;
  /** Sign-ups per client address, the price of saying that an email is taken. */
  registrations: RateLimiterAbstract;
}

export class AuthService {
  constructor(private readonly deps: AuthDependencies) {}

  async register(em: EntityManager, input: RegisterInput, origin: RequestOrigin): Promise<RegisterResult> {
    const parsed = validate(registerSchema, input);
    if (!parsed.ok) return parsed.error;
    const { email, password, displayName, idempotencyKey } = parsed.value;
    const keyed = idempotencyKey ? { email, password, displayName, idempotencyKey } : null;
    // A retry is answered before the sign-up limit counts it: a client that lost the answer is not penalised.
    const replayed = keyed && (await replayRegistration(em, keyed));
    if (replayed) return replayed;
    if (origin.ip) {
      const limited = await consume(this.deps.registrations, origin.ip);
      if (limited) return limited;
    }

    const passwordHash = await hashPassword(password);
    try {
      const user = await em.transactional(async (tx) => {
        const created = tx.create(User, { email: normalizeEmail(email), passwordHash, displayName });
        if (keyed) tx.create(RegistrationKey, { key: keyed.idempotencyKey, userId: created.id });
        await tx.flush();
        await publish(
          tx,
          UserRegistered,
          { userId: created.id, registeredAt: created.createdAt.toISOString() },
          { requestId: origin.requestId ?? undefined },
        );
        await this.deps.verification.send(tx, created, created.email);
        return created;
      });
      return new RegisterSuccess(user);
    } catch (error) {
      // The unique indexes decide, so two concurrent sign-ups with one address (or key) cannot both
      // win; a retry that lost the race to its own first attempt gets that attempt's account.
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
      return (keyed && (await replayRegistration(em.fork(), keyed))) || new EmailTakenError();
    }
  }

  /**
   * Unknown email and wrong password give the same answer in the same time. Every attempt is
   * counted before the password is checked (see LoginGuard), including each alias of a document.
   */
  async login(em: EntityManager, input: LoginInput, origin: RequestOrigin): Promise<LoginResult> {
    const parsed = validate(loginSchema, input);
    if (!parsed.ok) return parsed.error;
    const accountKey = normalizeEmail(parsed.value.email);
    const { guard, audit } = this.deps;

    const verdict = await guard.attempt(accountKey, origin.ip);
    const user = await em.getRepository(User).findByEmail(accountKey);
    if (!verdict.allowed) {
      await audit.record(em, origin, {
        action: AuditAction.LOGIN_FAILED,
        userId: user?.id ?? null,
        details: { reason: 'too_many_attempts' },
      });
      return new TooManyAttemptsError(verdict.retryAfterSeconds);
    }
    const passwordMatches = user
      ? await verifyPassword(user.passwordHash, parsed.value.password)
      : await verifyAgainstDummy(parsed.value.password);
    if (!user || !passwordMatches) {
      const lock = await guard.failed(accountKey, verdict.attempt);
      const userId = user?.id ?? null;
      await audit.record(em, origin, {
        action: AuditAction.LOGIN_FAILED,
        userId,
        details: { reason: user ? 'wrong_password' : 'unknown_email' },
      });
      if (lock) await audit.record(em, origin, { action: AuditAction.ACCOUNT_LOCKED, userId, details: lock });
      return new InvalidCredentialsError();
    }
    await guard.succeeded(accountKey, origin.ip);
    // Only someone who knows the password learns that the account is suspended.
    if (user.suspendedAt) {
      await audit.record(em, origin, {
        action: AuditAction.LOGIN_FAILED,
        userId: user.id,
        details: { reason: 'suspended' },
      });
      return new AccountSuspendedError();
    }
    if (needsRehash(user.passwordHash)) user.passwordHash = await hashPassword(parsed.value.password);

    return em.transactional(async (tx) => {
      if (user.mfaEnabledAt) {
        const { secret, token } = await this.deps.tokens.createWithSecret(
          tx,
          user,
          TokenPurpose.MFA_CHALLENGE,
          MFA_CHALLENGE_TTL_MS,
        );
        await tx.flush();
        return new MfaRequired(secret, token.expiresAt);
      }
      const tokens = await this.deps.sessions.start(tx, user, origin);
      await audit.record(tx, origin, {
        action: AuditAction.LOGIN_SUCCEEDED,
        userId: user.id,
        details: { sessionId: tokens.sessionId },
      });
      return new LoginSuccess(tokens, user);
    });
  }

  /** Second step of a sign-in with MFA: the challenge from `login` and a TOTP or recovery code. */
  completeMfaLogin(
    em: EntityManager,
    challengeToken: string,
    code: string,
    origin: RequestOrigin,
  ): Promise<CompleteMfaLoginResult> {
    const { tokens, mfa, sessions, audit } = this.deps;
    return em.transactional(async (tx) => {
      const challenge = await tokens.findLive(tx, challengeToken, TokenPurpose.MFA_CHALLENGE);
      if (!challenge) return new InvalidMfaChallengeError();
      const user = await mfa.lockUser(tx, challenge.user.id);
      if (user.suspendedAt) return new AccountSuspendedError();
      const factor = await mfa.verifySecondFactor(tx, user, code, origin);
      if (typeof factor !== 'string') return factor;
      await tokens.use(tx, challenge);
      const pair = await sessions.start(tx, user, origin);
      await audit.record(tx, origin, {
        action: AuditAction.LOGIN_SUCCEEDED,
        userId: user.id,
        details: { sessionId: pair.sessionId, mfa: factor },
      });
      return new LoginSuccess(pair, user);
    });
  }
}
