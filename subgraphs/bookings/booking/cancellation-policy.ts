import type { DateTime } from 'luxon';
import { percentOfMinor } from '../pricing/rounding';
import { Actor, CancellationPolicy } from './booking.enums';

export interface PaidStay {
  totalMinor: number;
  serviceFeeMinor: number;
  /** Check-in date and time in the listing's time zone. */
  checkInAt: DateTime;
}

export type RefundKind = 'FULL' | 'PARTIAL' | 'NONE';

export interface Refund {
  kind: RefundKind;
  amountMinor: number;
}

/**
 * How long before check-in a guest may cancel for what. Hours are elapsed time; days are calendar
 * days at the check-in time in the listing's zone, so "5 days before 15:00" stays 15:00 across a
 * DST change.
 */
function guestRefundKind(policy: CancellationPolicy, checkInAt: DateTime, now: DateTime): RefundKind {
  const notLaterThan = (deadline: DateTime) => now.toMillis() <= deadline.toMillis();
  switch (policy) {
    case CancellationPolicy.FLEXIBLE:
      return notLaterThan(checkInAt.minus({ hours: 24 })) ? 'FULL' : 'NONE';
    case CancellationPolicy.MODERATE:
      return notLaterThan(checkInAt.minus({ days: 5 })) ? 'FULL' : 'NONE';
    case CancellationPolicy.STRICT:
      return notLaterThan(checkInAt.minus({ days: 7 })) ? 'PARTIAL' : 'NONE';
    case CancellationPolicy.NON_REFUNDABLE:
      return 'NONE';
  }
}

/**
 * What a cancelled, paid stay refunds the guest. The host or an admin cancelling refunds everything;
 * a guest gets what the policy allows, and the guest service fee only with a full refund.
 */
export function refundFor(policy: CancellationPolicy, stay: PaidStay, cancelledBy: Actor, now: DateTime): Refund {
  const kind = cancelledBy === Actor.GUEST ? guestRefundKind(policy, stay.checkInAt, now) : 'FULL';
  switch (kind) {
    case 'FULL':
      return { kind, amountMinor: stay.totalMinor };
    case 'PARTIAL':
      return { kind, amountMinor: percentOfMinor(stay.totalMinor - stay.serviceFeeMinor, 50) };
    case 'NONE':
      return { kind, amountMinor: 0 };
  }
}
