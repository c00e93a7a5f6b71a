import { bookingAcceptedEmail } from './booking-accepted.email';
import { bookingCancelledEmail } from './booking-cancelled.email';
import { bookingCompletedEmail } from './booking-completed.email';
import { bookingConfirmedEmail } from './booking-confirmed.email';
import { formatDate, formatInstant, formatMoney, type BookingMessage, type Party } from './booking-email';
import { bookingExpiredEmail } from './booking-expired.email';
import { bookingRequestedEmail } from './booking-requested.email';

const stay = { listingTitle: 'Sea-view flat in Diani', checkIn: '2027-03-12', checkOut: '2027-03-14' };
const PEOPLE = {
  guest: { email: 'gina@example.com', displayName: 'Gina' },
  host: { email: 'hana@example.com', displayName: 'Hana' },
};

function message<B>(party: Party, booking: B): BookingMessage<B> {
  return {
    to: PEOPLE[party],
    party,
    guestName: 'Gina',
    hostName: 'Hana Homes',
    url: 'https://app.example/bookings/b1',
    booking,
  };
}

const paid = { ...stay, paymentId: '01900000-0000-7000-8000-000000000001', currency: 'USD' };

describe('booking email templates', () => {
  it("formats money in the currency's own minor units, grouped, without floating point", () => {
    expect(formatMoney(43848, 'USD')).toBe('USD 438.48');
    expect(formatMoney(123456789, 'USD')).toBe('USD 1,234,567.89');
    expect(formatMoney(15000, 'JPY')).toBe('JPY 15,000');
    expect(formatMoney(1500, 'KWD')).toBe('KWD 1.500');
    expect(formatMoney(5, 'USD')).toBe('USD 0.05');
  });

  it('writes dates and deadlines for people', () => {
    expect(formatDate('2027-03-12')).toBe('Fri 12 Mar 2027');
    expect(formatInstant('2027-03-12T06:05:00.000Z')).toBe('12 Mar 2027, 06:05 UTC');
  });

  it.each([
    [
      'guest',
      'HOST',
      'Booking request sent: Sea-view flat in Diani',
      'Hana Homes has until 12 Mar 2027, 06:05 UTC to answer',
    ],
    [
      'host',
      'HOST',
      'New booking request: Sea-view flat in Diani',
      'Gina would like to stay, 2 guests, for USD 438.48',
    ],
    [
      'guest',
      'PAYMENT',
      'Complete your booking: Sea-view flat in Diani',
      'held until 12 Mar 2027, 06:05 UTC. Pay USD 438.48 by then',
    ],
    ['host', 'PAYMENT', 'New booking: Sea-view flat in Diani', 'Gina booked for 2 guests'],
  ] as const)('booking.requested to the %s, awaiting %s', (party, awaiting, subject, line) => {
    const email = bookingRequestedEmail(
      message(party, {
        ...stay,
        guests: 2,
        awaiting,
        totalMinor: 43848,
        currency: 'USD',
        holdExpiresAt: '2027-03-12T06:05:00.000Z',
      }),
    );
    expect(email).toMatchObject({ to: PEOPLE[party].email, subject, template: `booking-requested-${party}` });
    expect(email.text).toContain(line);
    expect(email.text).toContain('Sea-view flat in Diani: Fri 12 Mar 2027 to Sun 14 Mar 2027.');
    expect(email.html).toContain('href="https://app.example/bookings/b1"');
  });

  it('tells the guest what is refunded, and whether anything was paid', () => {
    const refunded = bookingCancelledEmail(
      message('guest', { ...paid, reason: 'CANCELLED_BY_GUEST', refundMinor: 21924 }),
    );
    expect(refunded.subject).toBe('Booking cancelled: Sea-view flat in Diani');
    expect(refunded.text).toContain('You cancelled this booking.');
    expect(refunded.text).toContain('You will be refunded USD 219.24.');
    const nothingBack = bookingCancelledEmail(
      message('host', { ...paid, reason: 'CANCELLED_BY_ADMIN', refundMinor: 0 }),
    );
    expect(nothingBack.text).toContain('StayGraph cancelled this booking.');
    expect(nothingBack.text).toContain('No refund is due under the cancellation policy.');
    const declined = bookingCancelledEmail(
      message('guest', { ...paid, paymentId: null, reason: 'DECLINED', refundMinor: 0 }),
    );
    expect(declined.subject).toBe('Booking request declined: Sea-view flat in Diani');
    expect(declined.text).toContain('Hana Homes declined your request.');
    expect(declined.text).toContain('You were not charged.');
  });

  it('has a subject for every other step and party', () => {
    const subjects = (['guest', 'host'] as const).flatMap((party) => [
      bookingAcceptedEmail(
        message(party, { ...stay, totalMinor: 43848, currency: 'USD', holdExpiresAt: '2027-03-12T06:05:00.000Z' }),
      ).subject,
      bookingConfirmedEmail(message(party, { ...stay, totalMinor: 43848, currency: 'USD' })).subject,
      bookingExpiredEmail(message(party, { ...stay, awaited: 'PAYMENT' })).subject,
      bookingCompletedEmail(message(party, stay)).subject,
    ]);
    expect(subjects).toEqual([
      'Hana Homes accepted your request: Sea-view flat in Diani',
      'Booking confirmed: Sea-view flat in Diani',
      'Booking expired: Sea-view flat in Diani',
      'Thanks for staying at Sea-view flat in Diani',
      "You accepted Gina's request: Sea-view flat in Diani",
      'Booking confirmed: Sea-view flat in Diani',
      'Booking expired: Sea-view flat in Diani',
      "Gina's stay has ended: Sea-view flat in Diani",
    ]);
  });

  it('escapes what users wrote (titles, names) in the HTML part only', () => {
    const hostile = { ...stay, listingTitle: '<script>alert("x")</script> & co' };
    const email = bookingCompletedEmail({ ...message('host', hostile), guestName: '<b>Eve</b>' });
    expect(email.html).not.toContain('<script>');
    expect(email.html).not.toContain('<b>Eve</b>');
    expect(email.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co');
    expect(email.html).toContain('&lt;b&gt;Eve&lt;/b&gt; has checked out.');
    expect(email.text).toContain('<b>Eve</b> has checked out.');
  });
});
