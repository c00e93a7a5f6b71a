import type { EntityManager } from '@mikro-orm/postgresql';
import { DateTime } from 'luxon';
import type { Clock } from '../../../platform/runtime/clock';
import { validate } from '../../../platform/graphql/validation';
import type { Viewer } from '../../../platform/graphql/viewer';
import { capacityOn } from './booking-access';
import { applyStep, lockBooking } from './booking-transitions';
import { announceCancellation } from './booking-effects';
import type { Booking } from './booking.entity';
import { BookingStatus } from './booking.enums';
import { BookingNotFoundError, InvalidBookingTransitionError } from './booking.errors';
import { noteSchema } from './booking.inputs';
import { BookingChanged, type ChangeBookingResult } from './booking.results';
import { refundFor } from './cancellation-policy';

/** Cancellation by the guest, the host or an admin; a paid stay is refunded as its policy says. */
export class CancelBookingService {
  constructor(private readonly clock: Clock) {}

  async cancel(
    em: EntityManager,
    viewer: Viewer,
    bookingId: string,
    note: string | null | undefined,
    requestId: string,
  ): Promise<ChangeBookingResult> {
    const parsed = validate(noteSchema, note, ['reason']);
    if (!parsed.ok) return parsed.error;
    return em.transactional(async (tx) => {
      const booking = await lockBooking(tx, bookingId);
      const actor = booking && capacityOn(viewer, booking);
      if (!booking || !actor) return new BookingNotFoundError();
      const wasConfirmed = booking.status === BookingStatus.CONFIRMED;
      const now = this.clock();
      if (!applyStep(tx, booking, 'cancel', { actor, actorId: viewer.id, note: parsed.value }, now)) {
        return new InvalidBookingTransitionError(booking.status, 'cancelled');
      }
      // Only a confirmed booking was paid; a pending one is released with nothing to refund.
      booking.refundMinor = wasConfirmed ? this.refund(booking, actor, now) : 0;
      booking.holdExpiresAt = null;
      await tx.flush();
      await announceCancellation(tx, booking, { clock: this.clock, requestId });
      return new BookingChanged(booking);
    });
  }

  private refund(booking: Booking, actor: Parameters<typeof refundFor>[2], now: Date): number {
    const stay = {
      totalMinor: booking.totalMinor,
      serviceFeeMinor: booking.serviceFeeMinor,
      checkInAt: DateTime.fromJSDate(booking.checkInAt),
    };
    return refundFor(booking.cancellationPolicy, stay, actor, DateTime.fromJSDate(now)).amountMinor;
  }
}
