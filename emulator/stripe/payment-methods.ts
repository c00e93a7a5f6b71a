import { unixSeconds, type Clock } from '../shared/clock';
import { randomToken } from '../shared/random-token';
import { parameterError, resourceMissing } from './stripe-errors';
import { stripeId } from './stripe-ids';
import { type PaymentMethodObject } from './stripe-objects';
import { type StripeStore } from './stripe-store';
import { TEST_CARDS, type TestCard } from './test-cards';

export interface ResolvedPaymentMethod {
  paymentMethod: PaymentMethodObject;
  card: TestCard;
}

/** Turns the `payment_method` parameter into a stored PaymentMethod and the test card behind it. */
export class PaymentMethods {
  private readonly cards = new Map<string, TestCard>();

  constructor(
    private readonly store: StripeStore,
    private readonly clock: Clock,
  ) {}

  /** A test id such as `pm_card_visa` creates a new PaymentMethod each time, as it does on Stripe. */
  resolve(id: string): ResolvedPaymentMethod {
    const stored = this.store.paymentMethods.get(id);
    const storedCard = this.cards.get(id);
    if (stored && storedCard) return { paymentMethod: stored, card: storedCard };
    const card = Object.hasOwn(TEST_CARDS, id) ? TEST_CARDS[id] : undefined;
    if (!card) {
      if (id.startsWith('pm_card_')) {
        throw parameterError(
          `The payment-provider emulator does not know the test PaymentMethod '${id}'. Known: ${Object.keys(TEST_CARDS).join(', ')}.`,
          'payment_method',
          'resource_missing',
        );
      }
      throw resourceMissing('PaymentMethod', id, 'payment_method');
    }
    const paymentMethod: PaymentMethodObject = {
      id: stripeId('pm'),
      object: 'payment_method',
      type: 'card',
      card: {
        brand: card.brand,
        last4: card.last4,
        funding: card.funding,
        country: 'US',
        exp_month: 12,
        exp_year: this.clock().getUTCFullYear() + 3,
        fingerprint: randomToken(16),
      },
      created: unixSeconds(this.clock),
      livemode: false,
    };
    this.store.paymentMethods.set(paymentMethod.id, paymentMethod);
    this.cards.set(paymentMethod.id, card);
    return { paymentMethod, card };
  }
}
