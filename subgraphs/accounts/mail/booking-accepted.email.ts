import type { Email } from '../../../platform/runtime/mail/email';
import { bookingEmail, formatInstant, formatMoney, type BookingMessage, type Stay } from './booking-email';

type Accepted = Stay & { totalMinor: number; currency: string; holdExpiresAt: string };

export function bookingAcceptedEmail(message: BookingMessage<Accepted>): Email {
  const { booking, guestName, hostName } = message;
  const total = formatMoney(booking.totalMinor, booking.currency);
  const until = formatInstant(booking.holdExpiresAt);
  return bookingEmail(message, {
    template: 'booking-accepted',
    subject:
      message.party === 'guest'
        ? `${hostName} accepted your request: ${booking.listingTitle}`
        : `You accepted ${guestName}'s request: ${booking.listingTitle}`,
    paragraphs: [
      message.party === 'guest'
        ? `Pay ${total} by ${until} to confirm your stay; after that the dates are released.`
        : `${guestName} has until ${until} to pay ${total}; the stay is confirmed once they do.`,
    ],
  });
}
