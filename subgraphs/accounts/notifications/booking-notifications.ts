import type { z } from 'zod';
import type { EventDefinition } from '../../../platform/events/event-definition';
import { defineHandler, type EventHandler } from '../../../platform/events/event-handler';
import type { Email } from '../../../platform/runtime/mail/email';
import { HostProfile } from '../host/host-profile.entity';
import { bookingAcceptedEmail } from '../mail/booking-accepted.email';
import { bookingCancelledEmail } from '../mail/booking-cancelled.email';
import { bookingCompletedEmail } from '../mail/booking-completed.email';
import { bookingConfirmedEmail } from '../mail/booking-confirmed.email';
import type { BookingMessage, Party } from '../mail/booking-email';
import { bookingExpiredEmail } from '../mail/booking-expired.email';
import { bookingRequestedEmail } from '../mail/booking-requested.email';
import { User } from '../user/user.entity';
import {
  BookingAccepted,
  BookingCancelled,
  BookingCompleted,
  BookingConfirmed,
  BookingExpired,
  BookingRequested,
  type BookingSubject,
} from '../../../contracts/events/bookings';

/**
 * One reaction per event and party, so each email is one job: a failed send is retried without
 * sending the other party's email again. Addresses and names are read here, where they belong.
 */
function notify<P extends BookingSubject>(
  event: EventDefinition<z.ZodType<P>>,
  party: Party,
  template: (message: BookingMessage<P>) => Email,
): EventHandler {
  return defineHandler({
    name: `accounts.email_${party}_${event.name.replace('.', '_')}`,
    event,
    kind: 'reaction',
    description: `email to the ${party}`,
    async handle({ payload }, { em, mailer, config }) {
      // One after the other: the handler's transaction has a single connection.
      const users = await em.find(User, { id: { $in: [payload.guestId, payload.hostId] } });
      const profile = await em.findOne(HostProfile, { user: payload.hostId });
      const guest = users.find((u) => u.id === payload.guestId);
      const host = users.find((u) => u.id === payload.hostId);
      const to = party === 'guest' ? guest : host;
      // A deleted user has no address any more (see account-deletion/personal-data-erasure.ts).
      if (!to || to.deletedAt) return;
      const names = {
        guestName: guest?.displayName ?? 'Your guest',
        hostName: profile?.displayName ?? host?.displayName ?? 'Your host',
      };
      await mailer.send(
        template({ to, party, ...names, url: `${config.appUrl}/bookings/${payload.bookingId}`, booking: payload }),
      );
    },
  });
}

const both = <P extends BookingSubject>(
  event: EventDefinition<z.ZodType<P>>,
  template: (message: BookingMessage<P>) => Email,
) => [notify(event, 'guest', template), notify(event, 'host', template)];

export const BOOKING_NOTIFICATIONS: EventHandler[] = [
  ...both(BookingRequested, bookingRequestedEmail),
  ...both(BookingAccepted, bookingAcceptedEmail),
  ...both(BookingConfirmed, bookingConfirmedEmail),
  ...both(BookingCancelled, bookingCancelledEmail),
  ...both(BookingExpired, bookingExpiredEmail),
  ...both(BookingCompleted, bookingCompletedEmail),
];
