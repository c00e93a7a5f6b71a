import type { Email } from '../../../platform/runtime/mail/email';
import { bookingEmail, type BookingMessage, type Stay } from './booking-email';

export function bookingCompletedEmail(message: BookingMessage<Stay>): Email {
  const { booking, party, guestName, hostName } = message;
  return bookingEmail(message, {
    template: 'booking-completed',
    subject:
      party === 'guest'
        ? `Thanks for staying at ${booking.listingTitle}`
        : `${guestName}'s stay has ended: ${booking.listingTitle}`,
    paragraphs: [
      party === 'guest'
        ? `We hope you enjoyed your stay with ${hostName}.`
        : `${guestName} has checked out. Thank you for hosting.`,
    ],
  });
}
