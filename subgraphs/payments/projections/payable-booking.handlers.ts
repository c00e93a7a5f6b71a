import type { EntityManager } from '@mikro-orm/postgresql';
import { defineHandler } from '../../../platform/events/event-handler';
import {
  BookingAccepted,
  BookingCancelled,
  BookingConfirmed,
  BookingExpired,
  BookingRequested,
} from '../../../contracts/events/bookings';
import type { PayableState } from './payable-booking.entity';

export interface PayableFacts {
  bookingId: string;
  guestId: string;
  hostId: string;
  amountMinor: number;
  currency: string;
  holdExpiresAt: string | null;
  awaiting: string | null;
}

/** Upserts what a booking costs and until when, unless a newer event is already applied. */
export async function recordOpen(em: EntityManager, eventId: string, facts: PayableFacts): Promise<void> {
  await em.execute(
    `insert into payments.payable_bookings (booking_id, guest_id, host_id, amount_minor, currency, hold_expires_at, awaiting, state, event_id)
     values (?, ?, ?, ?, ?, ?, ?, 'OPEN', ?)
     on conflict (booking_id) do update set
       amount_minor = excluded.amount_minor, currency = excluded.currency, hold_expires_at = excluded.hold_expires_at,
       awaiting = excluded.awaiting, event_id = excluded.event_id
     where payable_bookings.event_id < excluded.event_id and payable_bookings.state = 'OPEN'`,
    [
      facts.bookingId,
      facts.guestId,
      facts.hostId,
      facts.amountMinor,
      facts.currency,
      facts.holdExpiresAt,
      facts.awaiting,
      eventId,
    ],
  );
}

/** Ends a booking's payability (confirmed or ended); a booking that ended never reopens. */
export async function recordEnd(
  em: EntityManager,
  eventId: string,
  bookingId: string,
  state: Exclude<PayableState, 'OPEN'>,
  paymentId: string | null,
): Promise<void> {
  await em.execute(
    `update payments.payable_bookings set state = ?, confirmed_payment_id = coalesce(?, confirmed_payment_id),
       awaiting = null, event_id = greatest(event_id, ?::uuid)
     where booking_id = ? and state <> 'ENDED'`,
    [state, paymentId, eventId, bookingId],
  );
}

export const PAYABLE_BOOKING_HANDLERS = [
  defineHandler({
    name: 'payments.project_requested_booking',
    event: BookingRequested,
    kind: 'projection',
    description: 'what the booking costs, who pays and until when',
    handle: ({ id, payload: p }, { em }) =>
      recordOpen(em, id, { ...p, amountMinor: p.totalMinor, awaiting: p.awaiting }),
  }),
  defineHandler({
    name: 'payments.project_accepted_booking',
    event: BookingAccepted,
    kind: 'projection',
    description: 'the booking may be paid until the new deadline',
    handle: ({ id, payload: p }, { em }) =>
      recordOpen(em, id, { ...p, amountMinor: p.totalMinor, awaiting: 'PAYMENT' }),
  }),
  defineHandler({
    name: 'payments.project_confirmed_booking',
    event: BookingConfirmed,
    kind: 'projection',
    description: 'the booking is paid',
    handle: ({ id, payload: p }, { em }) => recordEnd(em, id, p.bookingId, 'CONFIRMED', p.paymentId),
  }),
  defineHandler({
    name: 'payments.project_cancelled_booking',
    event: BookingCancelled,
    kind: 'projection',
    description: 'the booking can no longer be paid',
    handle: ({ id, payload: p }, { em }) => recordEnd(em, id, p.bookingId, 'ENDED', null),
  }),
  defineHandler({
    name: 'payments.project_expired_booking',
    event: BookingExpired,
    kind: 'projection',
    description: 'the booking can no longer be paid',
    handle: ({ id, payload: p }, { em }) => recordEnd(em, id, p.bookingId, 'ENDED', null),
  }),
];

export async function resetPayableBookings(em: EntityManager): Promise<void> {
  await em.execute('delete from payments.payable_bookings');
}
