import type { Email } from '../../../platform/runtime/mail/email';
import { bookingEmail, type BookingMessage, type Stay } from './booking-email';

type Expired = Stay & { awaited: 'HOST' | 'PAYMENT' };

export function bookingExpiredEmail(message: BookingMessage<Expired>): Email {
  const { booking, party, guestName, hostName } = message;
  const unanswered = booking.awaited === 'HOST';
  const why = unanswered
    ? party === 'guest'
      ? `${hostName} did not answer your request in time. You were not charged.`
      : `You did not answer ${guestName}'s request in time.`
    : party === 'guest'
      ? 'The booking was not paid in time. You were not charged.'
      : `${guestName} did not pay in time.`;
  return bookingEmail(message, {
    template: 'booking-expired',
    subject: `${unanswered ? 'Booking request expired' : 'Booking expired'}: ${booking.listingTitle}`,
    paragraphs: [why, 'The dates are available again.'],
  });
}
