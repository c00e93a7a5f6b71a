import { PaymentStatus } from './payment.enums';

export type PaymentCommand = 'succeed' | 'fail' | 'retry' | 'refund_part' | 'refund_rest';

/**
 * A payment's lifecycle as a pure function of its status and a command:
 *
 *   PENDING --succeed--> SUCCEEDED --refund_part--> PARTIALLY_REFUNDED --refund_rest--> REFUNDED
 *   PENDING --fail--> FAILED --retry--> PENDING            SUCCEEDED --refund_rest--> REFUNDED
 *   FAILED --succeed--> SUCCEEDED   (the provider re-read says a late confirmation went through)
 *   PARTIALLY_REFUNDED --refund_part--> PARTIALLY_REFUNDED
 *
 * Anything else is refused (null), so a duplicate or stale webhook changes nothing.
 */
const TABLE: Record<PaymentStatus, Partial<Record<PaymentCommand, PaymentStatus>>> = {
  [PaymentStatus.PENDING]: { succeed: PaymentStatus.SUCCEEDED, fail: PaymentStatus.FAILED },
  [PaymentStatus.FAILED]: { retry: PaymentStatus.PENDING, succeed: PaymentStatus.SUCCEEDED },
  [PaymentStatus.SUCCEEDED]: {
    refund_part: PaymentStatus.PARTIALLY_REFUNDED,
    refund_rest: PaymentStatus.REFUNDED,
  },
  [PaymentStatus.PARTIALLY_REFUNDED]: {
    refund_part: PaymentStatus.PARTIALLY_REFUNDED,
    refund_rest: PaymentStatus.REFUNDED,
  },
  [PaymentStatus.REFUNDED]: {},
};

export function nextStatus(from: PaymentStatus, command: PaymentCommand): PaymentStatus | null {
  return TABLE[from][command] ?? null;
}

/** Money was captured and not all of it has gone back: what refunds apply to. */
export function isRefundable(status: PaymentStatus): boolean {
  return status === PaymentStatus.SUCCEEDED || status === PaymentStatus.PARTIALLY_REFUNDED;
}
