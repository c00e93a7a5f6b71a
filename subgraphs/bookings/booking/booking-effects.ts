import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../../platform/runtime/clock';
import { publish } from '../../../platform/events/publish';
import { announceAvailability } from '../calendar/availability-announcement';
import { lockCalendar } from '../calendar/calendar-lock';
import { releaseBookingNights } from '../calendar/occupancy-store';
import { BookingCancelled } from '../../../contracts/events/bookings';
import type { Booking } from './booking.entity';
import type { BookingEndReason } from './booking.enums';

/** Who and what a booking concerns, as every booking event carries it. */
export function subjectOf(booking: Booking) {
  return {
    bookingId: booking.id,
    listingId: booking.listingId,
    guestId: booking.guestId,
    hostId: booking.hostId,
    listingTitle: booking.listingTitle,
    checkIn: booking.checkIn,
    checkOut: booking.checkOut,
  };
}

/** Frees a cancelled booking's nights and announces the listing's new availability, in the caller's transaction. */
export async function releaseNights(
  tx: EntityManager,
  booking: Booking,
  meta: { clock: Clock; requestId?: string },
): Promise<void> {
  await lockCalendar(tx, booking.listingId);
  await releaseBookingNights(tx, booking.id);
  await announceAvailability(tx, { listingId: booking.listingId, timeZone: booking.timeZone }, meta);
}

/**
 * After a flushed cancellation (anything but an expiry): frees the nights and publishes
 * `booking.cancelled` with the booking's reason and refund, in the caller's transaction.
 */
export async function announceCancellation(
  tx: EntityManager,
  booking: Booking,
  meta: { clock: Clock; requestId?: string },
): Promise<void> {
  await releaseNights(tx, booking, meta);
  await publish(
    tx,
    BookingCancelled,
    {
      ...subjectOf(booking),
      reason: booking.endReason as Exclude<BookingEndReason, BookingEndReason.EXPIRED>,
      paymentId: booking.paymentId,
      refundMinor: booking.refundMinor ?? 0,
      currency: booking.currency,
    },
    meta,
  );
}
