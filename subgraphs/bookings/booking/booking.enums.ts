import { registerEnumType } from 'type-graphql';
import { Awaiting, BookingEndReason } from '../../../contracts/enums/bookings';
import { CANCELLATION_POLICY_VALUES, CancellationPolicy } from '../../../contracts/enums/listings';

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
  valuesConfig: {
    PENDING: {
      description: 'Holding its dates while it awaits the host or payment (see `awaiting`, `holdExpiresAt`).',
    },
    CONFIRMED: { description: 'Paid and accepted: the stay will happen.' },
    CANCELLED: { description: 'Ended before the stay; its dates are free again (see `endReason`).' },
    COMPLETED: { description: "The stay is over: check-out time has passed in the listing's time zone." },
  },
});
registerEnumType(Awaiting, {
  name: 'BookingAwaiting',
  description: 'What a pending booking waits for: the host to accept, or the guest to pay.',
  valuesConfig: {
    HOST: { description: 'The host must accept or decline the request.' },
    PAYMENT: { description: 'The guest must pay before `holdExpiresAt`.' },
  },
});
registerEnumType(BookingEndReason, {
  name: 'BookingEndReason',
  description: 'Why a booking was cancelled.',
  valuesConfig: {
    DECLINED: { description: 'The host declined the request.' },
    EXPIRED: { description: 'The host did not answer, or the guest did not pay, in time.' },
    CANCELLED_BY_GUEST: { description: 'The guest cancelled.' },
    CANCELLED_BY_HOST: { description: 'The host cancelled.' },
    CANCELLED_BY_ADMIN: { description: 'An admin cancelled it, or it was cancelled when a party was suspended.' },
  },
});
registerEnumType(Actor, {
  name: 'BookingActor',
  description: 'In what capacity someone changed a booking; SYSTEM for timers and payments.',
  valuesConfig: {
    GUEST: { description: 'The guest who booked.' },
    HOST: { description: "The listing's host." },
    ADMIN: { description: 'A StayGraph administrator.' },
    SYSTEM: { description: 'The platform itself: a timer, a payment or a suspension.' },
  },
});
// Listings registers the same contract enum: the description must stay identical in both (composition merges them).
registerEnumType(CancellationPolicy, {
  name: 'CancellationPolicy',
  description: 'How much of a booking is refunded when the guest cancels; the bookings domain applies it.',
  valuesConfig: CANCELLATION_POLICY_VALUES,
});
