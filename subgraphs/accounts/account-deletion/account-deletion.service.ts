import type { EntityManager } from '@mikro-orm/postgresql';
import { publish } from '../../../platform/events/publish';
import type { Clock } from '../../../platform/runtime/clock';
import { UserDeleted } from '../../../contracts/events/accounts';
import { AuditAction } from '../audit/audit-action';
import type { AuditLog, RequestOrigin } from '../audit/audit-log';
import type { Reauthentication } from '../auth/reauthentication';
import { InvalidMfaCodeError } from '../mfa/mfa.errors';
import type { MfaService } from '../mfa/mfa.service';
import type { SessionEnding } from '../session/session-ending';
import { User } from '../user/user.entity';
import {
  ListingsOnMarketError,
  PaymentInFlightError,
  RefundInFlightError,
  UpcomingStaysError,
} from './account-deletion.errors';
import { AccountDeleted, type DeleteMyAccountResult } from './account-deletion.results';
import { deletionFacts, firstBlocker, type DeletionBlocker } from './deletion-blockers';
import { erasePersonalData } from './personal-data-erasure';

const BLOCKER_ERRORS: Record<DeletionBlocker, new (count: number) => DeleteMyAccountResult> = {
  LISTINGS_ON_MARKET: ListingsOnMarketError,
  REFUND_IN_FLIGHT: RefundInFlightError,
  PAYMENT_IN_FLIGHT: PaymentInFlightError,
  UPCOMING_STAYS: UpcomingStaysError,
};

/**
 * Deletes the signed-in user's account after re-authentication (password, and a code when MFA is
 * on). Refused while other domains still need the person (listings on the market, stays ahead,
 * money in flight), as accounts' projections of their events tell. Otherwise personal data is
 * erased, sessions end and `user.deleted` asks every domain to do the same, in one transaction.
 */
export class AccountDeletionService {
  constructor(
    private readonly reauth: Reauthentication,
    private readonly mfa: MfaService,
    private readonly audit: AuditLog,
    private readonly ending: SessionEnding,
    private readonly clock: Clock,
  ) {}

  async delete(
    em: EntityManager,
    userId: string,
    password: string,
    mfaCode: string | null,
    origin: RequestOrigin,
  ): Promise<DeleteMyAccountResult> {
    const confirmed = await this.reauth.confirm(em, userId, password, origin);
    if (!(confirmed instanceof User)) return confirmed;
    const outcome = await em.transactional(async (tx) => {
      const user = await this.mfa.lockUser(tx, userId);
      if (user.mfaEnabledAt) {
        if (!mfaCode) return { result: new InvalidMfaCodeError() };
        const factor = await this.mfa.verifySecondFactor(tx, user, mfaCode, origin);
        if (typeof factor !== 'string') return { result: factor };
      }
      const blocked = firstBlocker(await deletionFacts(tx, userId));
      if (blocked) return { result: new BLOCKER_ERRORS[blocked.blocker](blocked.count) };
      const now = this.clock();
      const ended = await this.ending.end(tx, { user: userId }, 'account_deleted', now);
      await erasePersonalData(tx, userId, now);
      await publish(
        tx,
        UserDeleted,
        { userId, deletedAt: now.toISOString() },
        { requestId: origin.requestId ?? undefined, clock: this.clock },
      );
      // The trail keeps that it happened, not where from: the address and device are personal data too.
      await this.audit.record(
        tx,
        { requestId: origin.requestId, ip: null, userAgent: null },
        { action: AuditAction.ACCOUNT_DELETED, userId, details: { endedSessions: ended.length } },
      );
      return { result: new AccountDeleted(now), ended };
    });
    if (outcome.ended) await this.ending.announce(outcome.ended);
    return outcome.result;
  }
}
