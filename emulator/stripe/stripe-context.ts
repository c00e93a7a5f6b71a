import { type Clock } from '../shared/clock';
import { type EventPublisher } from './event-publisher';
import { expand } from './expand';
import { type Params } from './params';
import { type PaymentMethods } from './payment-methods';
import { type StripeObject } from './stripe-objects';
import { type StripeStore } from './stripe-store';

/** What the Stripe endpoints share. */
export interface StripeContext {
  store: StripeStore;
  events: EventPublisher;
  paymentMethods: PaymentMethods;
  clock: Clock;
}

/** The API representation of an object, honouring the call's `expand[]`. */
export function render<T extends StripeObject>(context: StripeContext, object: T, params: Params): T {
  return expand(object, params.expand(), (id) => context.store.byId(id));
}
