import { signedInVerifiedUser } from '../../../test/support/accounts/factories';
import { asHost, createPublishedListing } from '../../../test/support/listings/factories';
import { mailTo, waitForMail } from '../../../test/support/mailbox';
import { useStackWithWorker } from '../../../test/support/stack-with-worker';
import type { JobContext } from '../../../platform/events/event-handler';
import { createLogger } from '../../../platform/runtime/logger';
import { completeStays } from '../booking/complete-stays.job';
import { EXPIRE_HOLD } from '../booking/hold-expiry.job';
import { booked, changeBooking, daysFromNow, paymentSucceeded, waitForTerms } from './bookings-support';

const running = useStackWithWorker();

const accountsEm = () => running.stack.subgraph('accounts').orm.em.fork();
const bookingsEm = () => running.stack.subgraph('bookings').orm.em.fork();
const TITLE = 'Sea-view flat in Diani';

async function setUp(instantBook: boolean) {
  const host = await asHost(running.stack.client, await signedInVerifiedUser(running.stack.client, accountsEm()));
  const listing = await createPublishedListing(running.stack.client, host.token, { instantBook });
  await waitForTerms(bookingsEm, listing.id);
  const guest = await signedInVerifiedUser(running.stack.client, accountsEm());
  return { host, listing, guest };
}

/** The message's text with quoted-printable soft line breaks undone. */
async function mail(email: string, subject: string): Promise<string> {
  const message = await waitForMail(running.worker.config.mail.dir, email, subject);
  return message.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
}

describe('booking emails, sent by accounts from the booking events', () => {
  it('tell guest and host about a request, its acceptance, the payment and a cancellation with the refund', async () => {
    const { host, listing, guest } = await setUp(false);
    const request = await booked(running.stack.client, guest.token, {
      listingId: listing.id,
      checkIn: daysFromNow(20),
      checkOut: daysFromNow(22),
    });
    const total = `USD ${request.price.total.amount}`;

    expect(await mail(guest.email, `Booking request sent: ${TITLE}`)).toContain(`Hana Host has until`);
    const toHost = await mail(host.email, `New booking request: ${TITLE}`);
    expect(toHost).toContain(`Test User would like to stay, 2 guests, for ${total}.`);
    expect(toHost).toContain(`/bookings/${request.id}`);

    await changeBooking(running.stack.client, host.token, 'acceptBooking', request.id);
    expect(await mail(guest.email, `Hana Host accepted your request: ${TITLE}`)).toContain(`Pay ${total} by`);
    await mail(host.email, `You accepted Test User's request: ${TITLE}`);

    await paymentSucceeded(bookingsEm(), request);
    expect(await mail(guest.email, `Booking confirmed: ${TITLE}`)).toContain(`We received your payment of ${total}.`);
    expect(await mail(host.email, `Booking confirmed: ${TITLE}`)).toContain(`Test User paid ${total}`);

    const cancelled = await changeBooking(
      running.stack.client,
      guest.token,
      'cancelBooking',
      request.id,
      'Plans changed',
    );
    // MODERATE, more than 5 days before check-in: everything back.
    expect(cancelled).toMatchObject({ booking: { refund: { amountMinor: request.price.total.amountMinor } } });
    const toGuest = await mail(guest.email, `Booking cancelled: ${TITLE}`);
    expect(toGuest).toContain('You cancelled this booking.');
    expect(toGuest).toContain(`You will be refunded ${total}.`);
    expect(await mail(host.email, `Booking cancelled: ${TITLE}`)).toContain(`The guest is refunded ${total}.`);
    // One email per step and party, whatever the redeliveries.
    expect(
      mailTo(running.worker.config.mail.dir, guest.email).filter((m) => m.includes('Subject: Booking')),
    ).toHaveLength(3);
  });

  it('tell both when an instant booking expires unpaid', async () => {
    const { host, listing, guest } = await setUp(true);
    const booking = await booked(running.stack.client, guest.token, {
      listingId: listing.id,
      checkIn: daysFromNow(10),
      checkOut: daysFromNow(12),
    });
    await mail(guest.email, `Complete your booking: ${TITLE}`);
    await mail(host.email, `New booking: ${TITLE}`);

    await bookingsEm().execute(
      'select graphile_worker.reschedule_jobs(array(select id from graphile_worker.jobs where key = ?), run_at => now())',
      [`${EXPIRE_HOLD}:${booking.id}`],
    );
    expect(await mail(guest.email, `Booking expired: ${TITLE}`)).toContain(
      'The booking was not paid in time. You were not charged.',
    );
    expect(await mail(host.email, `Booking expired: ${TITLE}`)).toContain('Test User did not pay in time.');
  });

  it('thank both once the stay is completed', async () => {
    const { host, listing, guest } = await setUp(true);
    const booking = await booked(running.stack.client, guest.token, {
      listingId: listing.id,
      checkIn: daysFromNow(2),
      checkOut: daysFromNow(4),
    });
    await paymentSucceeded(bookingsEm(), booking);
    await mail(guest.email, `Booking confirmed: ${TITLE}`);

    const afterCheckOut = new Date(new Date(booking.checkOutAt as string).getTime() + 1000);
    const ctx = {
      em: bookingsEm(),
      clock: () => afterCheckOut,
      logger: createLogger({ level: 'silent', name: 'test' }),
      signal: new AbortController().signal,
    };
    await completeStays.run({}, ctx as unknown as JobContext);
    expect(await mail(guest.email, `Thanks for staying at ${TITLE}`)).toContain(
      'We hope you enjoyed your stay with Hana Host.',
    );
    await mail(host.email, `Test User's stay has ended: ${TITLE}`);
  });
});
