/**
 * Stripe's test PaymentMethods (https://stripe.com/docs/testing) the emulator understands,
 * and how a charge on each one ends.
 */
export interface CardDecline {
  code: string;
  declineCode?: string;
  message: string;
  sellerMessage: string;
}

export interface TestCard {
  brand: string;
  last4: string;
  funding: 'credit' | 'debit';
  decline?: CardDecline;
}

const BANK_SAYS_NOTHING = 'The bank did not return any further details with this decline.';

export const TEST_CARDS: Readonly<Record<string, TestCard>> = {
  pm_card_visa: { brand: 'visa', last4: '4242', funding: 'credit' },
  pm_card_visa_debit: { brand: 'visa', last4: '5556', funding: 'debit' },
  pm_card_mastercard: { brand: 'mastercard', last4: '4444', funding: 'credit' },
  pm_card_amex: { brand: 'amex', last4: '8431', funding: 'credit' },
  pm_card_chargeDeclined: {
    brand: 'visa',
    last4: '0002',
    funding: 'credit',
    decline: {
      code: 'card_declined',
      declineCode: 'generic_decline',
      message: 'Your card was declined.',
      sellerMessage: BANK_SAYS_NOTHING,
    },
  },
  pm_card_chargeDeclinedInsufficientFunds: {
    brand: 'visa',
    last4: '9995',
    funding: 'credit',
    decline: {
      code: 'card_declined',
      declineCode: 'insufficient_funds',
      message: 'Your card has insufficient funds.',
      sellerMessage: 'The bank returned the decline code `insufficient_funds`.',
    },
  },
  pm_card_chargeDeclinedLostCard: {
    brand: 'visa',
    last4: '9987',
    funding: 'credit',
    decline: {
      code: 'card_declined',
      declineCode: 'lost_card',
      message: 'Your card was declined.',
      sellerMessage: 'The bank returned the decline code `lost_card`.',
    },
  },
  pm_card_chargeDeclinedExpiredCard: {
    brand: 'visa',
    last4: '0069',
    funding: 'credit',
    decline: { code: 'expired_card', message: 'Your card has expired.', sellerMessage: BANK_SAYS_NOTHING },
  },
};
