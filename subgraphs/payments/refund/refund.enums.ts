import { registerEnumType } from 'type-graphql';
import type { RefundReason } from '../providers/payment-provider';

/** Stripe's refund reasons, upper-cased for GraphQL; the provider gets the lower-case value. */
export enum RefundReasonCode {
  DUPLICATE = 'DUPLICATE',
  FRAUDULENT = 'FRAUDULENT',
  REQUESTED_BY_CUSTOMER = 'REQUESTED_BY_CUSTOMER',
}

/** The value providers get. */
export const PROVIDER_REASON: Record<RefundReasonCode, RefundReason> = {
  [RefundReasonCode.DUPLICATE]: 'duplicate',
  [RefundReasonCode.FRAUDULENT]: 'fraudulent',
  [RefundReasonCode.REQUESTED_BY_CUSTOMER]: 'requested_by_customer',
};

export enum RefundStatus {
  PENDING = 'PENDING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}

registerEnumType(RefundReasonCode, {
  name: 'RefundReason',
  description: "Why money goes back (Stripe's reasons; details go in the refund's note).",
  valuesConfig: {
    DUPLICATE: { description: 'The guest paid twice.' },
    FRAUDULENT: { description: 'The payment was fraudulent.' },
    REQUESTED_BY_CUSTOMER: { description: 'A cancellation or a request of the guest.' },
  },
});

registerEnumType(RefundStatus, {
  name: 'RefundStatus',
  description: 'Where a refund is.',
  valuesConfig: {
    PENDING: { description: 'Sent to the provider; not settled yet.' },
    SUCCEEDED: { description: 'The money went back to the guest.' },
    FAILED: { description: 'The provider refused or failed it.' },
  },
});
