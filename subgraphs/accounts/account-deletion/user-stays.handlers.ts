import type { EntityManager } from '@mikro-orm/postgresql';
import { defineHandler } from '../../../platform/events/event-handler';
import {
  BookingAccepted,
  BookingCancelled,
  BookingCompleted,
  BookingConfirmed,
  BookingExpired,
  BookingRequested,
  type BookingSubject,
} from '../../../contracts/events/bookings';
import { Awaiting } from '../../../contracts/enums/bookings';
import { PaymentRefunded } from '../../../contracts/events/payments';
import { StayStage } from './user-stay.entity';

/** Moves a booking up to `stage` (never down), so late deliveries of earlier events change nothing. */
async function recordStage(em: EntityManager, subject: BookingSubject, stage: StayStage, refundDueMinor = 0) {
  await em.execute(
    `insert into accounts.user_stays (booking_id, guest_id, host_id, stage, refund_due_minor) values (?, ?, ?, ?, ?)
     on conflict (booking_id) do update
       set host_id = excluded.host_id,
           stage = greatest(user_stays.stage, excluded.stage),
           refund_due_minor = greatest(user_stays.refund_due_minor, excluded.refund_due_minor)`,
    [subject.bookingId, subject.guestId, subject.hostId, stage, refundDueMinor],
  );
}

const description = "the user's stays ahead and refunds owed: account deletion waits for them";

export const USER_STAY_HANDLERS = [
  defineHandler({
    name: 'accounts.record_requested_stay',
    event: BookingRequested,
    kind: 'projection',
    description,
    handle: ({ payload }, { em }) =>
      recordStage(
        em,
        payload,
        payload.awaiting === Awaiting.HOST ? StayStage.AWAITING_HOST : StayStage.AWAITING_PAYMENT,
      ),
  }),
  defineHandler({
    name: 'accounts.record_accepted_stay',
    event: BookingAccepted,
    kind: 'projection',
    description,
    handle: ({ payload }, { em }) => recordStage(em, payload, StayStage.AWAITING_PAYMENT),
  }),
  defineHandler({
    name: 'accounts.record_confirmed_stay',
    event: BookingConfirmed,
    kind: 'projection',
    description,
    handle: ({ payload }, { em }) => recordStage(em, payload, StayStage.CONFIRMED),
  }),
  defineHandler({
    name: 'accounts.record_cancelled_stay',
    event: BookingCancelled,
    kind: 'projection',
    description,
    handle: ({ payload }, { em }) =>
      recordStage(em, payload, StayStage.ENDED, payload.paymentId ? payload.refundMinor : 0),
  }),
  defineHandler({
    name: 'accounts.record_expired_stay',
    event: BookingExpired,
    kind: 'projection',
    description,
    handle: ({ payload }, { em }) => recordStage(em, payload, StayStage.ENDED),
  }),
  defineHandler({
    name: 'accounts.record_completed_stay',
    event: BookingCompleted,
    kind: 'projection',
    description,
    handle: ({ payload }, { em }) => recordStage(em, payload, StayStage.ENDED),
  }),
  defineHandler({
    name: 'accounts.record_refund',
    event: PaymentRefunded,
    kind: 'projection',
    description,
    async handle({ payload }, { em }) {
      await em.execute(
        `insert into accounts.user_stays (booking_id, guest_id, refunded_minor, refunded_in_full) values (?, ?, ?, ?)
         on conflict (booking_id) do update
           set refunded_minor = greatest(user_stays.refunded_minor, excluded.refunded_minor),
               refunded_in_full = user_stays.refunded_in_full or excluded.refunded_in_full`,
        [payload.bookingId, payload.guestId, payload.refundedTotalMinor, payload.full],
      );
    },
  }),
];

export async function resetUserStays(em: EntityManager): Promise<void> {
  await em.execute('delete from accounts.user_stays');
}
