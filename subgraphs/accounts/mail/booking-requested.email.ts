import type { Email } from '../../../platform/runtime/mail/email';
import { bookingEmail, formatInstant, formatMoney, type BookingMessage, type Stay } from './booking-email';

type Requested = Stay & {
  guests: number;
  awaiting: 'HOST' | 'PAYMENT';
  totalMinor: number;
  currency: string;
  holdExpiresAt: string;
};

/** Instant book: the guest has a short time to pay. Request to book: the host has a day to answer. */
export function bookingRequestedEmail(message: BookingMessage<Requested>): Email {
  const { booking, guestName, hostName } = message;
  const total = formatMoney(booking.totalMinor, booking.currency);
  const until = formatInstant(booking.holdExpiresAt);
  const instant = booking.awaiting === 'PAYMENT';
  const guests = `${booking.guests} guest${booking.guests === 1 ? '' : 's'}`;
  if (message.party === 'guest') {
    return bookingEmail(message, {
      template: 'booking-requested',
      subject: instant
        ? `Complete your booking: ${booking.listingTitle}`
        : `Booking request sent: ${booking.listingTitle}`,
      paragraphs: instant
        ? [`Your dates are held until ${until}. Pay ${total} by then to confirm your stay.`]
        : [
            `${hostName} has until ${until} to answer your request for ${guests}. Your dates are held meanwhile; you pay ${total} only once the host accepts.`,
          ],
    });
  }
  return bookingEmail(message, {
    template: 'booking-requested',
    subject: instant ? `New booking: ${booking.listingTitle}` : `New booking request: ${booking.listingTitle}`,
    paragraphs: instant
      ? [`${guestName} booked for ${guests} (${total}). The stay is confirmed once they pay, by ${until}.`]
      : [
          `${guestName} would like to stay, ${guests}, for ${total}. Accept or decline by ${until}: an unanswered request expires.`,
        ],
  });
}
