import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../kernel/clock';
import { announceAvailability } from '../calendar/availability-announcement';
import { lockCalendar } from '../calendar/calendar-lock';
import { releaseBookingNights } from '../calendar/occupancy-store';
import type { Booking } from './booking.entity';

/** Who a booking concerns, as every booking event carries it. */
export function partiesOf(booking: Booking) {
  return { bookingId: booking.id, listingId: booking.listingId, guestId: booking.guestId, hostId: booking.hostId };
}

/** Frees a cancelled booking's nights and announces the listing's new availability, in the caller's transaction. */
export async function releaseNights(tx: EntityManager, booking: Booking, meta: { clock: Clock; requestId?: string }): Promise<void> {
  await lockCalendar(tx, booking.listingId);
  await releaseBookingNights(tx, booking.id);
  await announceAvailability(tx, { listingId: booking.listingId, timeZone: booking.timeZone }, meta);
}
