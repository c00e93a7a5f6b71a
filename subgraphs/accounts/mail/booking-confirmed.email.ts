import type { Email } from '../../../platform/runtime/mail/email';
import { bookingEmail, formatMoney, type BookingMessage, type Stay } from './booking-email';

type Confirmed = Stay & { totalMinor: number; currency: string };

export function bookingConfirmedEmail(message: BookingMessage<Confirmed>): Email {
  const { booking, guestName, hostName } = message;
  const total = formatMoney(booking.totalMinor, booking.currency);
  return bookingEmail(message, {
    template: 'booking-confirmed',
    subject: `Booking confirmed: ${booking.listingTitle}`,
    paragraphs: [
      message.party === 'guest'
        ? `We received your payment of ${total}. ${hostName} is expecting you.`
        : `${guestName} paid ${total}: the stay is confirmed.`,
    ],
  });
}
