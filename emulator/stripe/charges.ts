import { unixSeconds, type Clock } from '../shared/clock';
import { stripeId } from './stripe-ids';
import { type ChargeObject, type PaymentIntentObject, type PaymentMethodObject } from './stripe-objects';
import { type TestCard } from './test-cards';

/** The Charge a confirmation attempt leaves behind, succeeded or failed according to the test card. */
export function chargeFor(
  paymentIntent: PaymentIntentObject,
  paymentMethod: PaymentMethodObject,
  card: TestCard,
  clock: Clock,
): ChargeObject {
  const decline = card.decline;
  const { fingerprint: _fingerprint, ...cardDetails } = paymentMethod.card;
  return {
    id: stripeId('ch'),
    object: 'charge',
    amount: paymentIntent.amount,
    amount_captured: decline ? 0 : paymentIntent.amount,
    amount_refunded: 0,
    balance_transaction: decline ? null : stripeId('txn'),
    captured: !decline,
    created: unixSeconds(clock),
    currency: paymentIntent.currency,
    customer: null,
    description: paymentIntent.description,
    disputed: false,
    failure_code: decline?.code ?? null,
    failure_message: decline?.message ?? null,
    livemode: false,
    metadata: { ...paymentIntent.metadata },
    outcome: decline
      ? {
          network_status: 'declined_by_network',
          reason: decline.declineCode ?? decline.code,
          risk_level: 'normal',
          seller_message: decline.sellerMessage,
          type: 'issuer_declined',
        }
      : {
          network_status: 'approved_by_network',
          reason: null,
          risk_level: 'normal',
          seller_message: 'Payment complete.',
          type: 'authorized',
        },
    paid: !decline,
    payment_intent: paymentIntent.id,
    payment_method: paymentMethod.id,
    payment_method_details: { type: 'card', card: { ...cardDetails, network: card.brand } },
    receipt_email: paymentIntent.receipt_email,
    refunded: false,
    status: decline ? 'failed' : 'succeeded',
  };
}
