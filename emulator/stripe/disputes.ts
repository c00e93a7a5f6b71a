import { unixSeconds } from '../shared/clock';
import { ControlError } from '../shared/control-error';
import { NO_REQUEST } from './event-publisher';
import { type StripeContext } from './stripe-context';
import { stripeId } from './stripe-ids';
import { type DisputeObject } from './stripe-objects';

const RESPONSE_WINDOW_SECONDS = 7 * 24 * 60 * 60;

export interface DisputeRequest {
  reason?: string;
  amount?: number;
}

/** The cardholder disputes a charge with their bank; Stripe then opens a Dispute needing a response. */
export function openDispute(context: StripeContext, chargeId: string, request: DisputeRequest): DisputeObject {
  const charge = context.store.charge(chargeId);
  if (charge.status !== 'succeeded')
    throw new ControlError(409, `Charge ${charge.id} did not succeed; it cannot be disputed.`);
  if (charge.disputed) throw new ControlError(409, `Charge ${charge.id} is already disputed.`);
  const amount = request.amount ?? charge.amount;
  if (!Number.isInteger(amount) || amount < 1 || amount > charge.amount) {
    throw new ControlError(400, `amount must be an integer between 1 and ${charge.amount}.`);
  }
  const created = unixSeconds(context.clock);
  const dispute: DisputeObject = {
    id: stripeId('du'),
    object: 'dispute',
    amount,
    charge: charge.id,
    created,
    currency: charge.currency,
    evidence_details: {
      due_by: created + RESPONSE_WINDOW_SECONDS,
      has_evidence: false,
      past_due: false,
      submission_count: 0,
    },
    is_charge_refundable: false,
    livemode: false,
    metadata: {},
    payment_intent: charge.payment_intent,
    reason: request.reason ?? 'fraudulent',
    status: 'needs_response',
  };
  context.store.disputes.set(dispute.id, dispute);
  charge.disputed = true;
  context.events.publish('charge.dispute.created', dispute, NO_REQUEST);
  return dispute;
}
