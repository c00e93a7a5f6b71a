import {
  type ChargeObject,
  type DisputeObject,
  type EventObject,
  type PaymentIntentObject,
  type PaymentMethodObject,
  type RefundObject,
  type StripeObject,
} from './stripe-objects';
import { resourceMissing } from './stripe-errors';

/** In-memory account state: every object by id, plus the events in creation order. */
export class StripeStore {
  readonly paymentIntents = new Map<string, PaymentIntentObject>();
  readonly charges = new Map<string, ChargeObject>();
  readonly refunds = new Map<string, RefundObject>();
  readonly disputes = new Map<string, DisputeObject>();
  readonly paymentMethods = new Map<string, PaymentMethodObject>();
  readonly events = new Map<string, EventObject>();

  paymentIntent(id: string, param = 'intent'): PaymentIntentObject {
    return found(this.paymentIntents.get(id), 'payment_intent', id, param);
  }

  charge(id: string, param = 'charge'): ChargeObject {
    return found(this.charges.get(id), 'charge', id, param);
  }

  refund(id: string): RefundObject {
    return found(this.refunds.get(id), 'refund', id, 'refund');
  }

  dispute(id: string): DisputeObject {
    return found(this.disputes.get(id), 'dispute', id, 'dispute');
  }

  event(id: string): EventObject {
    return found(this.events.get(id), 'event', id, 'id');
  }

  /** Resolves any expandable id by its prefix. */
  byId(id: string): StripeObject | undefined {
    const prefix = id.slice(0, id.indexOf('_'));
    switch (prefix) {
      case 'pi':
        return this.paymentIntents.get(id);
      case 'ch':
        return this.charges.get(id);
      case 're':
        return this.refunds.get(id);
      case 'du':
        return this.disputes.get(id);
      case 'pm':
        return this.paymentMethods.get(id);
      default:
        return undefined;
    }
  }
}

function found<T>(value: T | undefined, kind: string, id: string, param: string): T {
  if (value === undefined) throw resourceMissing(kind, id, param);
  return value;
}
