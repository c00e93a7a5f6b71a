import { initialState, transition, type BookingCommand, type BookingState } from './booking-state';
import { Actor, Awaiting, BookingEndReason, BookingStatus } from './booking.enums';

const awaitingHost = initialState(false);
const awaitingPayment = initialState(true);
const confirmed: BookingState = { status: BookingStatus.CONFIRMED, awaiting: null, reason: null };
const completed: BookingState = { status: BookingStatus.COMPLETED, awaiting: null, reason: null };
const cancelledState: BookingState = {
  status: BookingStatus.CANCELLED,
  awaiting: null,
  reason: BookingEndReason.EXPIRED,
};

const label = (s: BookingState) => [s.status, s.awaiting, s.reason].filter(Boolean).join('/');

describe('the booking state machine', () => {
  it('starts instant bookings awaiting payment and requests awaiting the host', () => {
    expect(awaitingPayment).toEqual({ status: BookingStatus.PENDING, awaiting: Awaiting.PAYMENT, reason: null });
    expect(awaitingHost).toEqual({ status: BookingStatus.PENDING, awaiting: Awaiting.HOST, reason: null });
  });

  it('allows exactly these transitions', () => {
    const states = [awaitingHost, awaitingPayment, confirmed, completed, cancelledState];
    const commands: BookingCommand[] = ['accept', 'decline', 'pay', 'expire', 'cancel', 'withdraw', 'complete'];
    const edges: string[] = [];
    for (const state of states) {
      for (const command of commands) {
        for (const actor of Object.values(Actor)) {
          const outcome = transition(state, command, actor);
          if (outcome.ok) edges.push(`${label(state)} ${command}(${actor}) → ${label(outcome.to)}`);
        }
      }
    }
    expect(edges.sort()).toEqual(
      [
        'PENDING/HOST accept(HOST) → PENDING/PAYMENT',
        'PENDING/HOST decline(HOST) → CANCELLED/DECLINED',
        'PENDING/HOST expire(SYSTEM) → CANCELLED/EXPIRED',
        'PENDING/HOST cancel(GUEST) → CANCELLED/CANCELLED_BY_GUEST',
        'PENDING/HOST cancel(HOST) → CANCELLED/CANCELLED_BY_HOST',
        'PENDING/HOST cancel(ADMIN) → CANCELLED/CANCELLED_BY_ADMIN',
        'PENDING/HOST withdraw(SYSTEM) → CANCELLED/CANCELLED_BY_ADMIN',
        'PENDING/PAYMENT pay(SYSTEM) → CONFIRMED',
        'PENDING/PAYMENT expire(SYSTEM) → CANCELLED/EXPIRED',
        'PENDING/PAYMENT cancel(GUEST) → CANCELLED/CANCELLED_BY_GUEST',
        'PENDING/PAYMENT cancel(HOST) → CANCELLED/CANCELLED_BY_HOST',
        'PENDING/PAYMENT cancel(ADMIN) → CANCELLED/CANCELLED_BY_ADMIN',
        'PENDING/PAYMENT withdraw(SYSTEM) → CANCELLED/CANCELLED_BY_ADMIN',
        'CONFIRMED cancel(GUEST) → CANCELLED/CANCELLED_BY_GUEST',
        'CONFIRMED cancel(HOST) → CANCELLED/CANCELLED_BY_HOST',
        'CONFIRMED cancel(ADMIN) → CANCELLED/CANCELLED_BY_ADMIN',
        'CONFIRMED complete(SYSTEM) → COMPLETED',
      ].sort(),
    );
  });

  it('never leaves a final state', () => {
    for (const state of [completed, cancelledState]) {
      for (const command of [
        'accept',
        'decline',
        'pay',
        'expire',
        'cancel',
        'withdraw',
        'complete',
      ] as BookingCommand[]) {
        for (const actor of Object.values(Actor)) expect(transition(state, command, actor).ok).toBe(false);
      }
    }
  });
});
