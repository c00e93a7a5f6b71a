import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../../platform/runtime/clock';
import { publish } from '../../../platform/events/publish';
import { BookingCompleted, BookingConfirmed, BookingExpired } from '../../../contracts/events/bookings';
import { ListingTerms } from '../projections/listing-terms.entity';
import { applyStep, lockBooking } from './booking-transitions';
import { announceCancellation, releaseNights, subjectOf } from './booking-effects';
import { Actor, Awaiting, BookingStatus } from './booking.enums';
import type { Logger } from '../../../platform/runtime/logger';

const SYSTEM = { actor: Actor.SYSTEM, actorId: null };

export interface PaymentReceived {
  paymentId: string;
  bookingId: string;
  amountMinor: number;
  currency: string;
}

/** The steps the platform takes on its own: payments arriving, holds running out, stays ending. */
export class BookingLifecycle {
  constructor(private readonly clock: Clock) {}

  /** Confirms a booking awaiting this payment; anything else is logged for payments to sort out (refund). */
  async confirmPayment(tx: EntityManager, payment: PaymentReceived, logger?: Logger): Promise<boolean> {
    const booking = await lockBooking(tx, payment.bookingId);
    const matches = booking && booking.totalMinor === payment.amountMinor && booking.currency === payment.currency;
    if (
      !booking ||
      !matches ||
      !applyStep(tx, booking, 'pay', { ...SYSTEM, note: `payment ${payment.paymentId}` }, this.clock())
    ) {
      logger?.warn({ payment, status: booking?.status }, 'payment does not confirm a booking awaiting it');
      return false;
    }
    booking.paymentId = payment.paymentId;
    booking.holdExpiresAt = null;
    booking.lastPaymentError = null;
    await tx.flush();
    await publish(
      tx,
      BookingConfirmed,
      {
        ...subjectOf(booking),
        paymentId: payment.paymentId,
        totalMinor: booking.totalMinor,
        currency: booking.currency,
      },
      { clock: this.clock },
    );
    return true;
  }

  /** Cancels a booking still pending at the end of the hold that ends at `deadline`. */
  async expire(em: EntityManager, bookingId: string, deadline: Date): Promise<boolean> {
    return em.transactional(async (tx) => {
      const booking = await lockBooking(tx, bookingId);
      if (
        !booking ||
        booking.status !== BookingStatus.PENDING ||
        booking.holdExpiresAt?.getTime() !== deadline.getTime()
      )
        return false;
      const awaited = booking.awaiting as Awaiting;
      applyStep(
        tx,
        booking,
        'expire',
        { ...SYSTEM, note: `no ${awaited === Awaiting.HOST ? 'answer from the host' : 'payment'} in time` },
        this.clock(),
      );
      booking.holdExpiresAt = null;
      await tx.flush();
      await releaseNights(tx, booking, { clock: this.clock });
      await publish(tx, BookingExpired, { ...subjectOf(booking), awaited }, { clock: this.clock });
      return true;
    });
  }

  /**
   * Cancels every pending booking the user is the guest or host of (their account was suspended), in
   * the caller's transaction; returns how many.
   */
  async withdrawPendingOf(tx: EntityManager, userId: string): Promise<number> {
    const pending = await tx.execute<{ id: string }[]>(
      `select id from bookings.bookings where status = 'PENDING' and (guest_id = ? or host_id = ?) order by id`,
      [userId, userId],
    );
    let withdrawn = 0;
    for (const { id } of pending) {
      const booking = await lockBooking(tx, id);
      const party = booking?.guestId === userId ? 'guest' : 'host';
      if (
        !booking ||
        !applyStep(tx, booking, 'withdraw', { ...SYSTEM, note: `the ${party}'s account was suspended` }, this.clock())
      )
        continue;
      booking.refundMinor = 0;
      booking.holdExpiresAt = null;
      await tx.flush();
      await announceCancellation(tx, booking, { clock: this.clock });
      withdrawn++;
    }
    return withdrawn;
  }

  /** Completes a confirmed stay whose check-out time has passed. */
  async complete(em: EntityManager, bookingId: string): Promise<boolean> {
    return em.transactional(async (tx) => {
      const booking = await lockBooking(tx, bookingId);
      if (!booking || booking.checkOutAt > this.clock() || !applyStep(tx, booking, 'complete', SYSTEM, this.clock()))
        return false;
      await tx.flush();
      const terms = await tx.findOne(ListingTerms, { listingId: booking.listingId });
      await publish(
        tx,
        BookingCompleted,
        {
          ...subjectOf(booking),
          // The listing's zone now (reviews measures its window there); the booking's own copy if the terms are gone.
          timeZone: terms?.timeZone ?? booking.timeZone,
          // The agreed check-out instant, not when this job ran: a late run must not lengthen the review window.
          completedAt: booking.checkOutAt.toISOString(),
        },
        { clock: this.clock },
      );
      return true;
    });
  }
}
