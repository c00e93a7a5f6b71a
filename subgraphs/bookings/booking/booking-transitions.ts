import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/postgresql';
import { isUuid } from '../projections/listing-terms.loader';
import { transition, type BookingCommand } from './booking-state';
import { BookingTransition } from './booking-transition.entity';
import { Booking } from './booking.entity';
import type { Actor } from './booking.enums';

export interface ActedBy {
  actor: Actor;
  /** Null for the platform (timers, payments). */
  actorId: string | null;
  note?: string | null;
}

/** Loads a booking under a row lock, so each of its steps sees the one before. */
export function lockBooking(tx: EntityManager, id: string): Promise<Booking | null> {
  if (!isUuid(id)) return Promise.resolve(null);
  return tx.findOne(Booking, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
}

/**
 * Applies one step of the state machine to a locked booking and logs it; false when the machine
 * refuses it. The caller flushes, with the step's other effects, in its transaction.
 */
export function applyStep(
  tx: EntityManager,
  booking: Booking,
  command: BookingCommand,
  by: ActedBy,
  now: Date,
): boolean {
  const outcome = transition(
    { status: booking.status, awaiting: booking.awaiting, reason: booking.endReason },
    command,
    by.actor,
  );
  if (!outcome.ok) return false;
  tx.create(BookingTransition, {
    bookingId: booking.id,
    fromStatus: booking.status,
    fromAwaiting: booking.awaiting,
    toStatus: outcome.to.status,
    toAwaiting: outcome.to.awaiting,
    endReason: outcome.to.reason,
    actor: by.actor,
    actorId: by.actorId,
    note: by.note ?? null,
    at: now,
  });
  booking.status = outcome.to.status;
  booking.awaiting = outcome.to.awaiting;
  booking.endReason = outcome.to.reason;
  booking.updatedAt = now;
  return true;
}
