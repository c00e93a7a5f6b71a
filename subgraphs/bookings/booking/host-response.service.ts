import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../../platform/runtime/clock';
import type { Config } from '../../../platform/runtime/config';
import { publish } from '../../../platform/events/publish';
import { validate } from '../../../platform/graphql/validation';
import { BookingAccepted } from '../../../contracts/events/bookings';
import { applyStep, lockBooking } from './booking-transitions';
import { announceCancellation, subjectOf } from './booking-effects';
import { Actor } from './booking.enums';
import { BookingNotFoundError, InvalidBookingTransitionError } from './booking.errors';
import { noteSchema } from './booking.inputs';
import { BookingChanged, type ChangeBookingResult } from './booking.results';
import { scheduleHoldExpiry } from './hold-expiry.job';

/** The host's answer to a booking request. Only the listing's host may give it. */
export class HostResponseService {
  constructor(
    private readonly clock: Clock,
    private readonly settings: Config['bookings'],
  ) {}

  /** Accepting starts the guest's time to pay. */
  accept(em: EntityManager, hostId: string, bookingId: string, requestId: string): Promise<ChangeBookingResult> {
    return em.transactional(async (tx) => {
      const booking = await lockBooking(tx, bookingId);
      if (!booking || booking.hostId !== hostId) return new BookingNotFoundError();
      const now = this.clock();
      if (!applyStep(tx, booking, 'accept', { actor: Actor.HOST, actorId: hostId }, now))
        return new InvalidBookingTransitionError(booking.status, 'accepted');
      booking.holdExpiresAt = new Date(now.getTime() + this.settings.paymentHoldMinutes * 60_000);
      await tx.flush();
      const holdExpiresAt = booking.holdExpiresAt;
      await publish(
        tx,
        BookingAccepted,
        {
          ...subjectOf(booking),
          totalMinor: booking.totalMinor,
          currency: booking.currency,
          holdExpiresAt: holdExpiresAt.toISOString(),
        },
        { clock: this.clock, requestId },
      );
      await scheduleHoldExpiry(tx, Object.assign(booking, { holdExpiresAt }));
      return new BookingChanged(booking);
    });
  }

  /** Declining cancels the request and frees its nights; nothing was paid, so nothing is refunded. */
  async decline(
    em: EntityManager,
    hostId: string,
    bookingId: string,
    note: string | null | undefined,
    requestId: string,
  ): Promise<ChangeBookingResult> {
    const parsed = validate(noteSchema, note, ['reason']);
    if (!parsed.ok) return parsed.error;
    return em.transactional(async (tx) => {
      const booking = await lockBooking(tx, bookingId);
      if (!booking || booking.hostId !== hostId) return new BookingNotFoundError();
      if (
        !applyStep(tx, booking, 'decline', { actor: Actor.HOST, actorId: hostId, note: parsed.value }, this.clock())
      ) {
        return new InvalidBookingTransitionError(booking.status, 'declined');
      }
      booking.refundMinor = 0;
      booking.holdExpiresAt = null;
      await tx.flush();
      await announceCancellation(tx, booking, { clock: this.clock, requestId });
      return new BookingChanged(booking);
    });
  }
}
