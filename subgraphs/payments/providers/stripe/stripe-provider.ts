import Stripe from 'stripe';
import { PaymentProvider } from '../../../../contracts/enums/payments';
import type {
  CancelChargeResult,
  ChargeStatus,
  PaymentProviderClient,
  RefundRefs,
  RefundResult,
  RefundStatus,
  StartChargeInput,
  StartChargeResult,
  StartRefundInput,
} from '../payment-provider';
import { stripeSupportsCurrency, toStripeAmount } from './stripe-currency';

export interface StripeSettings {
  secretKey: string;
  /** Elsewhere than api.stripe.com: the local emulator. */
  apiUrl?: string;
}

/** The Stripe SDK pointed at api.stripe.com, or at STRIPE_API_URL (the emulator). */
export function createStripeClient({ secretKey, apiUrl }: StripeSettings): Stripe {
  if (!apiUrl) return new Stripe(secretKey, { maxNetworkRetries: 2 });
  const url = new URL(apiUrl);
  return new Stripe(secretKey, {
    host: url.hostname,
    port: Number(url.port || (url.protocol === 'https:' ? 443 : 80)),
    protocol: url.protocol === 'https:' ? 'https' : 'http',
    maxNetworkRetries: 2,
  });
}

const isConnectionError = (error: unknown) =>
  error instanceof Stripe.errors.StripeConnectionError || error instanceof Stripe.errors.StripeAPIError;

/** One PaymentIntent per payment: every attempt is a confirmation of that intent by Stripe.js. */
export class StripeProvider implements PaymentProviderClient {
  readonly name = PaymentProvider.STRIPE;

  constructor(readonly stripe: Stripe) {}

  supportsCurrency(currency: string): boolean {
    return stripeSupportsCurrency(currency);
  }

  async startCharge(input: StartChargeInput): Promise<StartChargeResult> {
    const amount = toStripeAmount(input.amountMinor, input.currency);
    if (amount === null)
      return {
        kind: 'refused',
        code: 'CURRENCY_NOT_SUPPORTED',
        message: `Stripe cannot charge this ${input.currency} amount.`,
      };
    try {
      const intent = await this.stripe.paymentIntents.create(
        {
          amount,
          currency: input.currency.toLowerCase(),
          automatic_payment_methods: { enabled: true },
          metadata: { booking_id: input.bookingId, payment_id: input.paymentId },
        },
        { idempotencyKey: input.idempotencyKey },
      );
      return {
        kind: 'started',
        providerReference: intent.id,
        clientSecret: intent.client_secret ?? undefined,
        chargedMinor: input.amountMinor,
      };
    } catch (error) {
      if (isConnectionError(error)) return { kind: 'unavailable' };
      if (error instanceof Stripe.errors.StripeInvalidRequestError)
        return { kind: 'refused', code: 'REJECTED', message: 'Stripe refused to start this payment.' };
      throw error;
    }
  }

  async chargeStatus(providerReference: string): Promise<ChargeStatus> {
    const intent = await this.stripe.paymentIntents.retrieve(providerReference, { expand: ['latest_charge'] });
    switch (intent.status) {
      case 'succeeded': {
        const charge = typeof intent.latest_charge === 'object' ? intent.latest_charge : null;
        const card = charge?.payment_method_details?.card;
        return {
          kind: 'succeeded',
          receipt: charge?.id,
          card: card ? { brand: card.brand ?? 'unknown', last4: card.last4 ?? '????' } : undefined,
        };
      }
      case 'canceled':
        return { kind: 'cancelled' };
      case 'requires_payment_method':
        // Back to the start after a decline: the client may confirm again with another card.
        return intent.last_payment_error
          ? {
              kind: 'failed',
              reason: intent.last_payment_error.message ?? 'The card was declined.',
              attemptReference: chargeIdOf(intent.last_payment_error.charge),
            }
          : { kind: 'pending' };
      case 'processing':
      case 'requires_action':
      case 'requires_capture':
      case 'requires_confirmation':
        return { kind: 'pending' };
    }
    // A status newer than this SDK's types: nothing final can be read from it.
    return { kind: 'pending' };
  }

  async cancelCharge(providerReference: string): Promise<CancelChargeResult> {
    const intent = await this.stripe.paymentIntents.retrieve(providerReference);
    if (intent.status === 'succeeded' || intent.status === 'canceled') return { kind: 'not_cancellable' };
    await this.stripe.paymentIntents.cancel(providerReference, { cancellation_reason: 'abandoned' });
    return { kind: 'cancelled' };
  }

  async startRefund(input: StartRefundInput): Promise<RefundResult> {
    const amount = toStripeAmount(input.amountMinor, input.payment.currency);
    if (amount === null) return { kind: 'failed', reason: 'Stripe cannot refund this amount in this currency.' };
    try {
      const refund = await this.stripe.refunds.create(
        {
          payment_intent: input.payment.providerReference,
          amount,
          reason: input.reason,
          metadata: { refund_id: input.refundId, payment_id: input.paymentId, note: input.note ?? '' },
        },
        { idempotencyKey: input.idempotencyKey },
      );
      return refundResultOf(refund);
    } catch (error) {
      if (error instanceof Stripe.errors.StripeInvalidRequestError) return { kind: 'failed', reason: error.message };
      throw error;
    }
  }

  async refundStatus(refund: RefundRefs): Promise<RefundStatus> {
    const found = await this.stripe.refunds.retrieve(refund.reference);
    const result = refundResultOf(found);
    return result.kind === 'failed' ? result : { kind: result.kind };
  }
}

function refundResultOf(refund: Stripe.Refund): RefundResult {
  if (refund.status === 'succeeded') return { kind: 'succeeded', reference: refund.id };
  if (refund.status === 'failed' || refund.status === 'canceled')
    return { kind: 'failed', reason: refund.failure_reason ?? 'The refund failed.' };
  return { kind: 'pending', reference: refund.id };
}

function chargeIdOf(charge: string | Stripe.Charge | undefined | null): string | undefined {
  return typeof charge === 'string' ? charge : (charge?.id ?? undefined);
}

/** The PaymentIntent a dispute is about, re-read from the API (a webhook body is only a hint). */
export async function disputedPaymentIntent(stripe: Stripe, disputeId: string): Promise<string | null> {
  const dispute = await stripe.disputes.retrieve(disputeId);
  const intent = dispute.payment_intent;
  return typeof intent === 'string' ? intent : (intent?.id ?? null);
}
