import { registerEnumType } from 'type-graphql';
import { PaymentProvider } from '../../../contracts/enums/payments';

// The provider enum events carry is the contract's; registered here for GraphQL.
export { PaymentProvider };

export enum PaymentStatus {
  PENDING = 'PENDING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
  REFUNDED = 'REFUNDED',
  PARTIALLY_REFUNDED = 'PARTIALLY_REFUNDED',
}

registerEnumType(PaymentProvider, {
  name: 'PaymentProvider',
  description: 'Who moves the money.',
  valuesConfig: {
    STRIPE: { description: 'Cards, through Stripe (the client confirms with Stripe.js and the client secret).' },
    MPESA: { description: 'M-Pesa STK Push to a Kenyan phone number (KES only).' },
  },
});

registerEnumType(PaymentStatus, {
  name: 'PaymentStatus',
  description: 'Where a payment is in its life.',
  valuesConfig: {
    PENDING: { description: 'Started; waiting for the guest to pay (a declined card can be retried).' },
    SUCCEEDED: { description: 'The money was captured.' },
    FAILED: { description: 'The last attempt failed and the payment can no longer be retried (e.g. the hold ended).' },
    REFUNDED: { description: 'Everything that was charged went back to the guest.' },
    PARTIALLY_REFUNDED: { description: 'Part of the charge went back to the guest.' },
  },
});
