import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { defineHandler, type JobDefinition } from '../../../platform/events/event-handler';
import { enqueueJob } from '../../../platform/events/jobs';
import type { Clock } from '../../../platform/runtime/clock';
import { BookingCancelled, BookingExpired } from '../../../contracts/events/bookings';
import { PayableBooking } from '../projections/payable-booking.entity';
import { recordEnd } from '../projections/payable-booking.handlers';
import { paymentProviders } from '../providers/payment-providers';
import { refundableMinor, refundInFull, requestRefund } from '../refund/refund-requests';
import { RefundReasonCode } from '../refund/refund.enums';
import { isRefundable } from './payment-state';
import { Payment } from './payment.entity';
import { PaymentProvider, PaymentStatus } from './payment.enums';
import { logTransition } from './payment-records';

export const CANCEL_CHARGE = 'payments.cancel_charge';

interface Ending {
  eventId: string;
  bookingId: string;
  /** Set when bookings says this payment confirmed the booking and is owed `refundMinor`. */
  refund: { paymentId: string; amountMinor: number } | null;
  requestId: string | null;
}

/**
 * A booking ended. Under the projection row's lock (the charge outcome takes it too, so a success
 * crossing this end is seen by one side or the other): the owed refund is requested once, keyed by
 * the event; a payment that succeeded without confirming the booking is refunded in full; a charge
 * still pending is cancelled at the provider.
 */
async function endBooking(em: EntityManager, ending: Ending, clock: Clock): Promise<void> {
  await em.transactional(async (tx) => {
    await tx.findOne(PayableBooking, { bookingId: ending.bookingId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    await recordEnd(tx, ending.eventId, ending.bookingId, 'ENDED', null);
    const payment = await tx.findOne(
      Payment,
      { bookingId: ending.bookingId },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    if (!payment) return;
    const now = clock();
    if (ending.refund && ending.refund.paymentId === payment.id) {
      const left = await refundableMinor(tx, payment);
      // A refund of the whole total also returns what M-Pesa's rounding up to whole shillings took.
      const amountMinor =
        ending.refund.amountMinor >= payment.amountMinor ? left : Math.min(ending.refund.amountMinor, left);
      if (amountMinor > 0)
        await requestRefund(tx, payment, {
          amountMinor,
          reason: RefundReasonCode.REQUESTED_BY_CUSTOMER,
          note: 'Booking cancelled: refund by the cancellation policy.',
          idempotencyKey: `booking-event:${ending.eventId}`,
          requestedBy: null,
          requestId: ending.requestId,
          now,
        });
    } else if (isRefundable(payment.status)) {
      await refundInFull(tx, payment, 'The booking ended before this payment could confirm it.', {
        now,
        requestId: ending.requestId,
      });
    } else if (payment.status === PaymentStatus.PENDING) {
      const to = PaymentStatus.FAILED;
      await logTransition(tx, payment.id, payment.status, to, 'the booking ended unpaid', now);
      Object.assign(payment, { status: to, updatedAt: now, failureReason: 'The booking ended before it was paid.' });
      await tx.flush();
      await enqueueJob(tx, CANCEL_CHARGE, { paymentId: payment.id }, { jobKey: `${CANCEL_CHARGE}:${payment.id}` });
    }
  });
}

export const BOOKING_END_HANDLERS = [
  defineHandler({
    name: 'payments.refund_cancelled_booking',
    event: BookingCancelled,
    kind: 'reaction',
    description: 'refunds refundMinor once; cancels a pending charge',
    handle: ({ id, payload: p, requestId }, { em, clock }) =>
      endBooking(
        em,
        {
          eventId: id,
          bookingId: p.bookingId,
          refund: p.paymentId ? { paymentId: p.paymentId, amountMinor: p.refundMinor } : null,
          requestId,
        },
        clock,
      ),
  }),
  defineHandler({
    name: 'payments.end_expired_booking',
    event: BookingExpired,
    kind: 'reaction',
    description: 'cancels a pending charge; refunds a payment that came too late',
    handle: ({ id, payload: p, requestId }, { em, clock }) =>
      endBooking(em, { eventId: id, bookingId: p.bookingId, refund: null, requestId }, clock),
  }),
];

const cancelPayload = z.object({
  paymentId: z.uuid(),
  /** Set when the guest switched provider: the old charge, not the payment's current one. */
  provider: z.enum(PaymentProvider).optional(),
  reference: z.string().optional(),
});

/** Cancels a charge at the provider once nobody will pay through it (a late success is refunded instead). */
export const cancelCharge: JobDefinition = {
  name: CANCEL_CHARGE,
  async run(payload, { em, config }) {
    const job = cancelPayload.parse(payload);
    const payment = await em.findOne(Payment, job.paymentId);
    const reference = job.reference ?? payment?.providerReference;
    const provider = paymentProviders(config)[job.provider ?? payment?.provider ?? PaymentProvider.STRIPE];
    if (!reference || !provider) return;
    await provider.cancelCharge(reference);
  },
};
