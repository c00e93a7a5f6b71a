import { Actor, Awaiting, BookingEndReason, BookingStatus } from './booking.enums';

export interface BookingState {
  status: BookingStatus;
  awaiting: Awaiting | null;
  reason: BookingEndReason | null;
}

export type BookingCommand = 'accept' | 'decline' | 'pay' | 'expire' | 'cancel' | 'withdraw' | 'complete';

export type TransitionOutcome = { ok: true; to: BookingState } | { ok: false };

const pending = (awaiting: Awaiting): BookingState => ({ status: BookingStatus.PENDING, awaiting, reason: null });
const cancelled = (reason: BookingEndReason): BookingState => ({
  status: BookingStatus.CANCELLED,
  awaiting: null,
  reason,
});

const CANCELLED_BY: Partial<Record<Actor, BookingEndReason>> = {
  [Actor.GUEST]: BookingEndReason.CANCELLED_BY_GUEST,
  [Actor.HOST]: BookingEndReason.CANCELLED_BY_HOST,
  [Actor.ADMIN]: BookingEndReason.CANCELLED_BY_ADMIN,
};

/** A new booking: instant-book listings wait for payment straight away, the others for the host. */
export function initialState(instantBook: boolean): BookingState {
  return pending(instantBook ? Awaiting.PAYMENT : Awaiting.HOST);
}

/**
 * The whole lifecycle, as a pure function of the current state, the command and who gives it:
 *
 *   PENDING(HOST) --accept(host)--> PENDING(PAYMENT) --pay(system)--> CONFIRMED --complete(system)--> COMPLETED
 *   PENDING(HOST) --decline(host)--> CANCELLED(DECLINED)
 *   PENDING(*)    --expire(system)--> CANCELLED(EXPIRED)
 *   PENDING(*), CONFIRMED --cancel(guest|host|admin)--> CANCELLED(CANCELLED_BY_…)
 *   PENDING(*)    --withdraw(system)--> CANCELLED(CANCELLED_BY_ADMIN)  (an admin suspended its guest or host)
 */
export function transition(state: BookingState, command: BookingCommand, actor: Actor): TransitionOutcome {
  const isPending = state.status === BookingStatus.PENDING;
  const to = ((): BookingState | null => {
    switch (command) {
      case 'accept':
        return isPending && state.awaiting === Awaiting.HOST && actor === Actor.HOST ? pending(Awaiting.PAYMENT) : null;
      case 'decline':
        return isPending && state.awaiting === Awaiting.HOST && actor === Actor.HOST
          ? cancelled(BookingEndReason.DECLINED)
          : null;
      case 'pay':
        return isPending && state.awaiting === Awaiting.PAYMENT && actor === Actor.SYSTEM
          ? { status: BookingStatus.CONFIRMED, awaiting: null, reason: null }
          : null;
      case 'expire':
        return isPending && actor === Actor.SYSTEM ? cancelled(BookingEndReason.EXPIRED) : null;
      case 'cancel': {
        const reason = CANCELLED_BY[actor];
        return reason && (isPending || state.status === BookingStatus.CONFIRMED) ? cancelled(reason) : null;
      }
      case 'withdraw':
        return isPending && actor === Actor.SYSTEM ? cancelled(BookingEndReason.CANCELLED_BY_ADMIN) : null;
      case 'complete':
        return state.status === BookingStatus.CONFIRMED && actor === Actor.SYSTEM
          ? { status: BookingStatus.COMPLETED, awaiting: null, reason: null }
          : null;
    }
  })();
  return to ? { ok: true, to } : { ok: false };
}
