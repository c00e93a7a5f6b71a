import { unixSeconds } from '../shared/clock';
import { ControlError } from '../shared/control-error';
import { amountProblem, formatAmount } from './currencies';
import { type EventOrigin, NO_REQUEST } from './event-publisher';
import { parameterError, stateError } from './stripe-errors';
import { stripeId } from './stripe-ids';
import { type ChargeObject, type Metadata, type RefundObject } from './stripe-objects';
import { type StripeContext } from './stripe-context';

/** Card refunds succeed at once in test mode; `pending` lets tests see the slower path of other methods. */
export type RefundMode = 'succeeded' | 'pending';

export interface RefundRequest {
  charge: ChargeObject;
  amount: number | undefined;
  reason: string | null;
  metadata: Metadata;
}

export class Refunds {
  private mode: RefundMode = 'succeeded';

  constructor(private readonly context: StripeContext) {}

  setMode(mode: RefundMode): void {
    this.mode = mode;
  }

  create({ charge, amount, reason, metadata }: RefundRequest, origin: EventOrigin): RefundObject {
    if (charge.status !== 'succeeded') {
      throw stateError(`Charge ${charge.id} has not succeeded; there is nothing to refund.`, 'charge_not_refundable');
    }
    if (charge.disputed) {
      throw stateError(`Charge ${charge.id} has been charged back; cannot issue a refund.`, 'charge_disputed');
    }
    const remaining = charge.amount - charge.amount_refunded;
    if (remaining === 0) throw stateError(`Charge ${charge.id} has already been refunded.`, 'charge_already_refunded');
    const refundAmount = amount ?? remaining;
    const problem = amountProblem(refundAmount, charge.currency);
    if (problem) throw parameterError(problem.message, 'amount', problem.code);
    if (refundAmount > remaining) {
      throw stateError(
        `Refund amount (${formatAmount(refundAmount, charge.currency)}) is greater than unrefunded amount on charge (${formatAmount(remaining, charge.currency)})`,
        'amount_too_large',
        'amount',
      );
    }
    const refund: RefundObject = {
      id: stripeId('re'),
      object: 'refund',
      amount: refundAmount,
      balance_transaction: stripeId('txn'),
      charge: charge.id,
      created: unixSeconds(this.context.clock),
      currency: charge.currency,
      metadata,
      payment_intent: charge.payment_intent,
      reason,
      receipt_number: null,
      status: this.mode,
    };
    this.context.store.refunds.set(refund.id, refund);
    // Stripe counts a pending refund as refunded on the charge until it fails.
    charge.amount_refunded += refundAmount;
    charge.refunded = charge.amount_refunded === charge.amount;
    this.context.events.publish('refund.created', refund, origin);
    this.context.events.publish('charge.refunded', charge, origin);
    return refund;
  }

  /** Ends a pending refund the way the bank eventually would. */
  settle(refundId: string, outcome: 'succeeded' | 'failed'): RefundObject {
    const refund = this.context.store.refund(refundId);
    if (refund.status !== 'pending')
      throw new ControlError(409, `Refund ${refund.id} is ${refund.status}, not pending.`);
    refund.status = outcome;
    if (outcome === 'failed') {
      refund.failure_reason = 'declined';
      const charge = this.context.store.charge(refund.charge);
      charge.amount_refunded -= refund.amount;
      charge.refunded = false;
      this.context.events.publish('refund.failed', refund, NO_REQUEST, { status: 'pending' });
    }
    this.context.events.publish('refund.updated', refund, NO_REQUEST, { status: 'pending' });
    this.context.events.publish('charge.refund.updated', refund, NO_REQUEST, { status: 'pending' });
    return refund;
  }
}
