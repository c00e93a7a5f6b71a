import { registerEnumType } from 'type-graphql';

export enum BookingStatus {
  PENDING = 'PENDING',
  CONFIRMED = 'CONFIRMED',
  CANCELLED = 'CANCELLED',
  COMPLETED = 'COMPLETED',
}

/** What a PENDING booking waits for. */
export enum Awaiting {
  HOST = 'HOST',
  PAYMENT = 'PAYMENT',
}

/** Why a booking was CANCELLED. */
export enum BookingEndReason {
  DECLINED = 'DECLINED',
  EXPIRED = 'EXPIRED',
  CANCELLED_BY_GUEST = 'CANCELLED_BY_GUEST',
  CANCELLED_BY_HOST = 'CANCELLED_BY_HOST',
  CANCELLED_BY_ADMIN = 'CANCELLED_BY_ADMIN',
}

/** Who made a booking change: a person in one of these capacities, or the platform itself. */
export enum Actor {
  GUEST = 'GUEST',
  HOST = 'HOST',
  ADMIN = 'ADMIN',
  SYSTEM = 'SYSTEM',
}

/** Identical to the listings subgraph's enum (values and description), so composition merges them. */
export enum CancellationPolicy {
  FLEXIBLE = 'FLEXIBLE',
  MODERATE = 'MODERATE',
  STRICT = 'STRICT',
  NON_REFUNDABLE = 'NON_REFUNDABLE',
}

registerEnumType(BookingStatus, { name: 'BookingStatus', description: 'PENDING until paid (and accepted, for request-to-book listings), then CONFIRMED, and COMPLETED after check-out; or CANCELLED.' });
registerEnumType(Awaiting, { name: 'BookingAwaiting', description: 'What a pending booking waits for: the host to accept, or the guest to pay.' });
registerEnumType(BookingEndReason, { name: 'BookingEndReason', description: 'Why a booking was cancelled.' });
registerEnumType(Actor, { name: 'BookingActor', description: 'In what capacity someone changed a booking; SYSTEM for timers and payments.' });
registerEnumType(CancellationPolicy, {
  name: 'CancellationPolicy',
  description: 'How much of a booking is refunded when the guest cancels; the bookings domain applies it.',
});
