import { registerEnumType } from 'type-graphql';
import { Awaiting, BookingEndReason } from '../../../contracts/enums/bookings';
import { CancellationPolicy } from '../../../contracts/enums/listings';

// The enums events carry are the contract's; registered here for GraphQL, and re-exported so the subgraph has one place to import them from.
export { Awaiting, BookingEndReason, CancellationPolicy };

export enum BookingStatus {
  PENDING = 'PENDING',
  CONFIRMED = 'CONFIRMED',
  CANCELLED = 'CANCELLED',
  COMPLETED = 'COMPLETED',
}

/** Who made a booking change: a person in one of these capacities, or the platform itself. */
export enum Actor {
  GUEST = 'GUEST',
  HOST = 'HOST',
  ADMIN = 'ADMIN',
  SYSTEM = 'SYSTEM',
}

registerEnumType(BookingStatus, {
  name: 'BookingStatus',
  description:
    'PENDING until paid (and accepted, for request-to-book listings), then CONFIRMED, and COMPLETED after check-out; or CANCELLED.',
});
registerEnumType(Awaiting, {
  name: 'BookingAwaiting',
  description: 'What a pending booking waits for: the host to accept, or the guest to pay.',
});
registerEnumType(BookingEndReason, { name: 'BookingEndReason', description: 'Why a booking was cancelled.' });
registerEnumType(Actor, {
  name: 'BookingActor',
  description: 'In what capacity someone changed a booking; SYSTEM for timers and payments.',
});
// Listings registers the same contract enum: the description must stay identical in both (composition merges them).
registerEnumType(CancellationPolicy, {
  name: 'CancellationPolicy',
  description: 'How much of a booking is refunded when the guest cancels; the bookings domain applies it.',
});
