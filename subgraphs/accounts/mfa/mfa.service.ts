import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../../platform/runtime/clock';
import { AuditAction } from '../audit/audit-action';
import type { AuditLog, RequestOrigin } from '../audit/audit-log';
import { TooManyAttemptsError } from '../auth/auth.errors';
import type { LoginGuard } from '../auth/login-guard';
import type { Reauthentication } from '../auth/reauthentication';
import { User } from '../user/user.entity';
import { InvalidMfaCodeError, MfaAlreadyEnabledError, MfaNotEnabledError, MfaNotEnrollingError } from './mfa.errors';
import {
  MfaDisabled,
  MfaEnabled,
  MfaEnrolment,
  type ConfirmMfaResult,
  type DisableMfaResult,
  type EnrolMfaResult,
} from './mfa.results';
import { RecoveryCode } from './recovery-code.entity';
import { hashRecoveryCode, looksLikeRecoveryCode, newRecoveryCodes } from './recovery-codes';
import type { SecretBox } from './secret-box';
import { DEFAULT_MFA_KEY_ID } from '../../../platform/runtime/mfa-keyring';
import { matchTotp, newTotpSecret, totpUri } from './totp';

export type SecondFactor = 'totp' | 'recovery_code';

/**
 * Optional TOTP two-factor authentication with single-use recovery codes. Wrong codes count on
 * their own lockout key, which only a right code resets, so knowing the password does not buy
 * more guesses at the code.
 */
export class MfaService {
  constructor(
    private readonly box: SecretBox,
    private readonly reauth: Reauthentication,
    private readonly guard: LoginGuard,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  async enrol(em: EntityManager, userId: string, password: string, origin: RequestOrigin): Promise<EnrolMfaResult> {
    const user = await this.reauth.confirm(em, userId, password, origin);
    if (!(user instanceof User)) return user;
    if (user.mfaEnabledAt) return new MfaAlreadyEnabledError();
    const secret = newTotpSecret();
    const { sealed, keyId } = this.box.seal(secret);
    user.mfaSecret = sealed;
    user.mfaKeyId = keyId;
    await em.flush();
    return new MfaEnrolment(secret, totpUri(secret, user.email));
  }

  confirm(em: EntityManager, userId: string, code: string, origin: RequestOrigin): Promise<ConfirmMfaResult> {
    return em.transactional(async (tx) => {
      const user = await this.lockUser(tx, userId);
      if (user.mfaEnabledAt) return new MfaAlreadyEnabledError();
      if (!user.mfaSecret) return new MfaNotEnrollingError();
      const step = matchTotp(this.openSecret(user.mfaSecret, user), code, this.clock(), null);
      if (step === null) return new InvalidMfaCodeError();
      user.mfaEnabledAt = this.clock();
      user.mfaLastUsedStep = step;
      const codes = newRecoveryCodes();
      await tx.nativeDelete(RecoveryCode, { user });
      for (const plain of codes)
        tx.create(RecoveryCode, { user, codeHash: hashRecoveryCode(plain), createdAt: this.clock() });
      await this.audit.record(tx, origin, { action: AuditAction.MFA_ENABLED, userId });
      return new MfaEnabled(codes);
    });
  }

  async disable(
    em: EntityManager,
    userId: string,
    password: string,
    code: string,
    origin: RequestOrigin,
  ): Promise<DisableMfaResult> {
    const confirmed = await this.reauth.confirm(em, userId, password, origin);
    if (!(confirmed instanceof User)) return confirmed;
    return em.transactional(async (tx) => {
      const user = await this.lockUser(tx, userId);
      if (!user.mfaEnabledAt) return new MfaNotEnabledError();
      const factor = await this.verifySecondFactor(tx, user, code, origin);
      if (typeof factor !== 'string') return factor;
      user.mfaSecret = null;
      user.mfaKeyId = null;
      user.mfaEnabledAt = null;
      user.mfaLastUsedStep = null;
      await tx.nativeDelete(RecoveryCode, { user });
      await this.audit.record(tx, origin, { action: AuditAction.MFA_DISABLED, userId });
      return new MfaDisabled();
    });
  }

  /** The user row, locked for this transaction, with the encrypted secret loaded. */
  lockUser(tx: EntityManager, userId: string): Promise<User> {
    return tx.findOneOrFail(
      User,
      { id: userId },
      { populate: ['mfaSecret'], lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
    );
  }

  /**
   * Checks and uses up a TOTP code or a recovery code of a user with MFA on. Call inside a
   * transaction holding the user's lock (`lockUser`), so a code cannot be used twice concurrently.
   */
  async verifySecondFactor(
    tx: EntityManager,
    user: User,
    code: string,
    origin: RequestOrigin,
  ): Promise<SecondFactor | InvalidMfaCodeError | TooManyAttemptsError> {
    const key = `mfa:${user.id}`;
    const verdict = await this.guard.attempt(key, origin.ip);
    if (!verdict.allowed) return new TooManyAttemptsError(verdict.retryAfterSeconds);
    const factor = await this.useCode(tx, user, code, origin);
    if (factor) {
      await this.guard.succeeded(key, origin.ip);
      return factor;
    }
    const lock = await this.guard.failed(key, verdict.attempt);
    await this.audit.record(tx, origin, { action: AuditAction.MFA_FAILED, userId: user.id });
    if (lock)
      await this.audit.record(tx, origin, {
        action: AuditAction.ACCOUNT_LOCKED,
        userId: user.id,
        details: { ...lock, factor: 'mfa' },
      });
    return new InvalidMfaCodeError();
  }

  private openSecret(sealed: string, user: User): string {
    return this.box.open({ sealed, keyId: user.mfaKeyId ?? DEFAULT_MFA_KEY_ID });
  }

  private async useCode(
    tx: EntityManager,
    user: User,
    code: string,
    origin: RequestOrigin,
  ): Promise<SecondFactor | null> {
    if (!user.mfaSecret) return null;
    const step = matchTotp(this.openSecret(user.mfaSecret, user), code, this.clock(), user.mfaLastUsedStep);
    if (step !== null) {
      user.mfaLastUsedStep = step;
      return 'totp';
    }
    if (!looksLikeRecoveryCode(code)) return null;
    const used = await tx.nativeUpdate(
      RecoveryCode,
      { user, codeHash: hashRecoveryCode(code), usedAt: null },
      { usedAt: this.clock() },
    );
    if (used === 0) return null;
    const remaining = await tx.count(RecoveryCode, { user, usedAt: null });
    await this.audit.record(tx, origin, {
      action: AuditAction.MFA_RECOVERY_CODE_USED,
      userId: user.id,
      details: { remaining },
    });
    return 'recovery_code';
  }
}
