import type { Email } from '../../../platform/runtime/mail/email';
import { bookingEmail, formatMoney, type BookingMessage, type Party, type Stay } from './booking-email';

type Reason = 'DECLINED' | 'CANCELLED_BY_GUEST' | 'CANCELLED_BY_HOST' | 'CANCELLED_BY_ADMIN';
type Cancelled = Stay & { reason: Reason; paymentId: string | null; refundMinor: number; currency: string };

function whoEnded(reason: Reason, party: Party, names: { guestName: string; hostName: string }): string {
  switch (reason) {
    case 'DECLINED':
      return party === 'host' ? 'You declined this request.' : `${names.hostName} declined your request.`;
    case 'CANCELLED_BY_GUEST':
      return party === 'guest' ? 'You cancelled this booking.' : `${names.guestName} cancelled this booking.`;
    case 'CANCELLED_BY_HOST':
      return party === 'host' ? 'You cancelled this booking.' : `${names.hostName} cancelled this booking.`;
    case 'CANCELLED_BY_ADMIN':
      return 'StayGraph cancelled this booking.';
  }
}

/** Says who ended the booking and, when it was paid, what is refunded under the cancellation policy. */
export function bookingCancelledEmail(message: BookingMessage<Cancelled>): Email {
  const { booking, party } = message;
  const refund = formatMoney(booking.refundMinor, booking.currency);
  const money = !booking.paymentId
    ? party === 'guest'
      ? 'You were not charged.'
      : 'The guest had not paid.'
    : booking.refundMinor > 0
      ? party === 'guest'
        ? `You will be refunded ${refund}.`
        : `The guest is refunded ${refund}.`
      : 'No refund is due under the cancellation policy.';
  const declined = booking.reason === 'DECLINED';
  return bookingEmail(message, {
    template: 'booking-cancelled',
    subject: `${declined ? 'Booking request declined' : 'Booking cancelled'}: ${booking.listingTitle}`,
    paragraphs: [whoEnded(booking.reason, party, message), `${money} The dates are available again.`],
  });
}
