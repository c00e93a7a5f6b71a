import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { UserPhoneVerified } from '../../../contracts/events/accounts';
import { publish } from '../../../platform/events/publish';
import { validate } from '../../../platform/graphql/validation';
import type { Clock } from '../../../platform/runtime/clock';
import { consume } from '../auth/consume-point';
import { User } from '../user/user.entity';
import type { PhoneCodeHasher } from './phone-code';
import { enqueuePhoneCode } from './phone-code.job';
import { PhoneVerification } from './phone-verification.entity';
import { InvalidPhoneCodeError, PhoneCodeExpiredError } from './phone.errors';
import { phoneCodeSchema, phoneNumberSchema } from './phone.inputs';
import {
  PhoneVerificationStarted,
  PhoneVerified,
  type ConfirmPhoneVerificationResult,
  type StartPhoneVerificationResult,
} from './phone.results';
import { UserPhone } from './user-phone.entity';

export const PHONE_CODE_TTL_MS = 10 * 60_000;
/** Wrong codes allowed per code: with 6 digits, a guess succeeds once in 200,000 codes. */
export const PHONE_CODE_MAX_ATTEMPTS = 5;

/** Verifies the viewer's phone number by a texted code; callers pass the viewer's id. */
export class PhoneVerificationService {
  constructor(
    private readonly hasher: PhoneCodeHasher,
    private readonly clock: Clock,
    private readonly limits: { perUser: RateLimiterAbstract; perNumber: RateLimiterAbstract },
  ) {}

  /** Each request sends a new code and ends the user's earlier ones; both the user and the number are limited per hour. */
  async start(em: EntityManager, userId: string, phoneNumber: string): Promise<StartPhoneVerificationResult> {
    const parsed = validate(phoneNumberSchema, { phoneNumber }, []);
    if (!parsed.ok) return parsed.error;
    const number = parsed.value.phoneNumber;
    const limited =
      (await consume(this.limits.perUser, userId)) ??
      (await consume(this.limits.perNumber, this.hasher.numberKey(number)));
    if (limited) return limited;
    return em.transactional(async (tx) => {
      const now = this.clock();
      await tx.findOneOrFail(User, { id: userId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      await tx.nativeUpdate(PhoneVerification, { userId, usedAt: null }, { usedAt: now });
      const verification = tx.create(PhoneVerification, {
        userId,
        phoneNumber: number,
        expiresAt: new Date(now.getTime() + PHONE_CODE_TTL_MS),
      });
      await tx.flush();
      await enqueuePhoneCode(tx, verification);
      return new PhoneVerificationStarted(number, verification.expiresAt);
    });
  }

  /** The newest open code of the user, row-locked, so parallel guesses count one by one. */
  async confirm(
    em: EntityManager,
    userId: string,
    code: string,
    requestId: string,
  ): Promise<ConfirmPhoneVerificationResult> {
    const parsed = validate(phoneCodeSchema, { code }, []);
    if (!parsed.ok) return parsed.error;
    return em.transactional(async (tx) => {
      const now = this.clock();
      const verification = await tx.findOne(
        PhoneVerification,
        { userId, usedAt: null },
        { orderBy: { createdAt: 'desc' }, lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      if (!verification || verification.expiresAt <= now || verification.attempts >= PHONE_CODE_MAX_ATTEMPTS)
        return new PhoneCodeExpiredError();
      const { codeHash } = verification;
      if (!codeHash || !this.hasher.matches(verification.id, parsed.value.code, codeHash)) {
        verification.attempts += 1;
        await tx.flush();
        return new InvalidPhoneCodeError(PHONE_CODE_MAX_ATTEMPTS - verification.attempts);
      }
      verification.usedAt = now;
      const user = await tx.findOneOrFail(User, { id: userId });
      const phone = await tx.findOne(UserPhone, { user });
      if (phone) tx.assign(phone, { phoneNumber: verification.phoneNumber, verifiedAt: now });
      else tx.create(UserPhone, { user, phoneNumber: verification.phoneNumber, verifiedAt: now });
      await tx.flush();
      await publish(tx, UserPhoneVerified, { userId, verifiedAt: now.toISOString() }, { requestId, clock: this.clock });
      return new PhoneVerified(user);
    });
  }
}
