import { DateTime } from 'luxon';
import { renderEmail, type Email } from '../../../platform/runtime/mail/email';
import { fromMinorUnits } from '../../../platform/graphql/money/money';

/** Which side of a booking an email goes to. */
export type Party = 'guest' | 'host';

/** What a booking email template gets: the recipient, both parties' names, a link and the event's payload. */
export interface BookingMessage<B> {
  to: { email: string; displayName: string };
  party: Party;
  guestName: string;
  /** The host's public name (host profile). */
  hostName: string;
  url: string;
  booking: B;
}

export interface Stay {
  listingTitle: string;
  checkIn: string;
  checkOut: string;
}

/** An amount with its currency code and the currency's own decimals, without floating point: "USD 1,234.50", "JPY 15,000". */
export function formatMoney(minor: number, currency: string): string {
  const [whole, fraction] = fromMinorUnits(minor, currency).split('.');
  return `${currency} ${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${fraction === undefined ? '' : `.${fraction}`}`;
}

/** A local date of the listing as people read it: "Fri 12 Mar 2027". */
export function formatDate(localDate: string): string {
  return DateTime.fromISO(localDate, { zone: 'utc', locale: 'en-GB' }).toFormat('ccc d LLL yyyy');
}

/** An instant in UTC (accounts does not know the reader's time zone): "12 Mar 2027, 09:30 UTC". */
export function formatInstant(iso: string): string {
  return `${DateTime.fromISO(iso, { zone: 'utc', locale: 'en-GB' }).toFormat('d LLL yyyy, HH:mm')} UTC`;
}

/** One layout for every booking email: greeting, the stay, the step's paragraphs, a link to the booking. */
export function bookingEmail(
  message: BookingMessage<Stay>,
  content: { template: string; subject: string; paragraphs: string[] },
): Email {
  const { listingTitle, checkIn, checkOut } = message.booking;
  return renderEmail(message.to.email, {
    template: `${content.template}-${message.party}`,
    subject: content.subject,
    greeting: `Hi ${message.to.displayName},`,
    paragraphs: [`${listingTitle}: ${formatDate(checkIn)} to ${formatDate(checkOut)}.`, ...content.paragraphs],
    action: { label: 'View the booking', url: message.url },
    footer: `You received this email because you are the ${message.party} of this booking.`,
  });
}
