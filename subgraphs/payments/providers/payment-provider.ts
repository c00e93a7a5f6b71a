import type { PaymentProvider as ProviderName } from '../../../contracts/enums/payments';

/*
 * The one door to a payment provider (Stripe, M-Pesa). Services never see an SDK or an HTTP
 * client: they call these methods and switch on the discriminated `kind` of the answer.
 * Amounts are always the currency's ISO minor units; each provider converts to its own units.
 * Transport failures of the job-driven calls (status, cancel, refund) throw: the calling job
 * retries with the same idempotency key, so a retried call never moves money twice.
 *
 * M-Pesa (mpesa/mpesa-provider.ts, notes from the M-Pesa engineer): its answers come by unsigned
 * callback. The provider derives each callback URL's token from the payment or refund id itself
 * (HMAC, mpesa/callback-token.ts), so `callbackToken` need not be generated or stored. Keep the
 * `payerPhone` a started M-Pesa charge returns (normalised) on the payment: a partial refund, or
 * one of a payment without receipt, is a B2C payout to it (`StartRefundInput.phoneNumber`).
 * startRefund and refundStatus answer `pending`; the outcome arrives by callback (mpesa/ routes
 * and job). chargeStatus's `succeeded` has no receipt: the STK callback job adds it.
 */

/** Stripe's refund reasons, reused for every provider (free text travels separately as `note`). */
export type RefundReason = 'duplicate' | 'fraudulent' | 'requested_by_customer';

export interface StartChargeInput {
  paymentId: string;
  /** This attempt; M-Pesa sends one STK push per attempt, Stripe keeps one PaymentIntent per payment. */
  attemptId: string;
  /** Short, human-readable booking reference (≤ 12 characters): M-Pesa's AccountReference. */
  bookingReference: string;
  bookingId: string;
  amountMinor: number;
  /** ISO 4217, upper case. */
  currency: string;
  /** Derived from the payment id so that concurrent or repeated starts reach the same charge. */
  idempotencyKey: string;
  /** As the guest typed it; the provider normalises it (M-Pesa only). */
  phoneNumber?: string;
  /** Unguessable per-payment token the provider puts in its callback URL (M-Pesa only). */
  callbackToken?: string;
}

export type ChargeRefusalCode = 'CURRENCY_NOT_SUPPORTED' | 'INVALID_PHONE_NUMBER' | 'REJECTED';

export type StartChargeResult =
  | {
      kind: 'started';
      /** PaymentIntent id (Stripe) or CheckoutRequestID (M-Pesa). */
      providerReference: string;
      /** Handed to Stripe.js; never stored in logs. */
      clientSecret?: string;
      /** What the provider will actually take, in minor units (M-Pesa rounds KES up to whole shillings). */
      chargedMinor: number;
      /** Shown to the guest, e.g. "check your phone". */
      customerMessage?: string;
      /** M-Pesa: the number charged, normalised (2547XXXXXXXX); keep it for B2C refunds. */
      payerPhone?: string;
    }
  | { kind: 'refused'; code: ChargeRefusalCode; message: string }
  | { kind: 'unavailable' };

export interface CardDisplay {
  brand: string;
  last4: string;
}

/** The provider's current truth about a charge, re-read from its API (never taken from a webhook body). */
export type ChargeStatus =
  | { kind: 'pending' }
  | { kind: 'succeeded'; receipt?: string; card?: CardDisplay }
  /** `attemptReference` names the failed try (Stripe charge id, M-Pesa CheckoutRequestID), so each is recorded once. */
  | { kind: 'failed'; reason: string; attemptReference?: string }
  | { kind: 'cancelled' };

export type CancelChargeResult = { kind: 'cancelled' } | { kind: 'not_cancellable' };

/** What a refund needs to know about the payment it refunds. */
export interface PaymentRefs {
  providerReference: string;
  /** M-Pesa receipt number (the reversal's TransactionID); absent for Stripe or a payment healed without one. */
  receipt?: string;
  chargedMinor: number;
  currency: string;
}

export interface StartRefundInput {
  refundId: string;
  paymentId: string;
  bookingId: string;
  payment: PaymentRefs;
  amountMinor: number;
  /** Refunds everything that is left (M-Pesa: reversal rather than B2C). */
  full: boolean;
  reason: RefundReason;
  note?: string;
  idempotencyKey: string;
  /** Where a B2C payout goes (M-Pesa partial refunds, or payments without a receipt). */
  phoneNumber?: string;
  callbackToken?: string;
}

export type RefundResult =
  | { kind: 'pending'; reference: string }
  | { kind: 'succeeded'; reference: string }
  | { kind: 'failed'; reason: string };

export interface RefundRefs {
  refundId: string;
  /** The provider's id for the refund (Stripe re_…; M-Pesa: the OriginatorConversationID it sent, the refund id). */
  reference: string;
  payment: PaymentRefs;
}

export type RefundStatus = { kind: 'pending' } | { kind: 'succeeded' } | { kind: 'failed'; reason: string };

export interface PaymentProviderClient {
  readonly name: ProviderName;
  supportsCurrency(currency: string): boolean;
  startCharge(input: StartChargeInput): Promise<StartChargeResult>;
  chargeStatus(providerReference: string): Promise<ChargeStatus>;
  cancelCharge(providerReference: string): Promise<CancelChargeResult>;
  startRefund(input: StartRefundInput): Promise<RefundResult>;
  refundStatus(refund: RefundRefs): Promise<RefundStatus>;
}
