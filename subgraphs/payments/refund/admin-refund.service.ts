import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { Money } from '../../../platform/graphql/money/money.type';
import { validate } from '../../../platform/graphql/validation';
import type { Clock } from '../../../platform/runtime/clock';
import { isRefundable } from '../payment/payment-state';
import { Payment } from '../payment/payment.entity';
import { PaymentStatus } from '../payment/payment.enums';
import { ProviderUnavailableError } from '../payment/payment.errors';
import type { PaymentProviders } from '../providers/payment-providers';
import { refundableMinor, requestRefund } from './refund-requests';
import { Refund } from './refund.entity';
import {
  NothingToRefundError,
  PaymentNotFoundError,
  PaymentNotRefundableError,
  RefundExceedsRemainingError,
} from './refund.errors';
import { refundPaymentSchema, type RefundPaymentInput } from './refund.inputs';
import { RefundRequested, type RefundPaymentResult } from './refund.results';

/** Admin keys live in their own namespace, so no key can collide with the platform's own refunds. */
const keyOf = (idempotencyKey: string) => `admin:${idempotencyKey}`;

export class AdminRefundService {
  constructor(
    private readonly clock: Clock,
    private readonly providers: PaymentProviders,
  ) {}

  /**
   * Records an admin's refund under the payment's lock, so two refunds can never together exceed
   * what is left (pending refunds count), and queues its sending. The booking is left as it is:
   * this is a goodwill or correction refund, not a cancellation. A key sent again answers its
   * first refund, whatever the amount now asked for.
   */
  async refund(
    em: EntityManager,
    adminId: string,
    input: RefundPaymentInput,
    requestId: string,
  ): Promise<RefundPaymentResult> {
    const parsed = validate(refundPaymentSchema, input);
    if (!parsed.ok) return parsed.error;
    const request = parsed.value;
    return em.transactional(async (tx) => {
      const payment = await tx.findOne(Payment, request.paymentId, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!payment) return new PaymentNotFoundError();
      const idempotencyKey = keyOf(request.idempotencyKey);
      const earlier = await tx.findOne(Refund, { paymentId: payment.id, idempotencyKey });
      if (earlier) return new RefundRequested(earlier, payment, true);
      if (payment.status === PaymentStatus.REFUNDED) return new NothingToRefundError();
      if (!isRefundable(payment.status)) return new PaymentNotRefundableError(payment.status);
      if (!this.providers[payment.provider] || !payment.providerReference) return new ProviderUnavailableError();
      const left = await refundableMinor(tx, payment);
      if (left <= 0) return new NothingToRefundError();
      if (request.amountMinor > left) return new RefundExceedsRemainingError(new Money(left, payment.currency));
      const refund = await requestRefund(tx, payment, {
        amountMinor: request.amountMinor,
        reason: request.reason,
        note: request.note ?? null,
        idempotencyKey,
        requestedBy: adminId,
        requestId,
        now: this.clock(),
      });
      return new RefundRequested(refund, payment, false);
    });
  }
}
