import { BookingRefundsDocument } from '../../../test/support/generated/graphql';
import { signedInVerifiedUser } from '../../../test/support/accounts/factories';
import { asHost, createPublishedListing } from '../../../test/support/listings/factories';
import { mailTo, waitForMail } from '../../../test/support/mailbox';
import { useStackWithWorker } from '../../../test/support/stack-with-worker';
import { waitFor } from '../../../test/support/wait-for';
import {
  booked,
  changeBooking,
  daysFromNow,
  paymentFailed,
  paymentRefunded,
  paymentSucceeded,
  waitForTerms,
} from './bookings-support';

const running = useStackWithWorker();

const accountsEm = () => running.stack.subgraph('accounts').orm.em.fork();
const bookingsEm = () => running.stack.subgraph('bookings').orm.em.fork();

/** The message's text with quoted-printable soft line breaks undone. */
async function mail(email: string, subject: string): Promise<string> {
  const message = await waitForMail(running.worker.config.mail.dir, email, subject);
  return message.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
}

/** Delivers a logged event to its handlers once more, as an at-least-once queue may, and waits until they ran. */
async function redeliver(eventId: string): Promise<void> {
  const em = bookingsEm();
  await em.execute(
    `select graphile_worker.add_job('events.dispatch', json_build_object('eventId', ?::text), job_key => ?)`,
    [eventId, `redelivery:${eventId}`],
  );
  await waitFor(
    async () =>
      (await em.execute('select 1 from graphile_worker.jobs where key like ?', [`%:${eventId}`])).length === 0,
    { what: `redelivery of ${eventId}` },
  );
}

async function lastEventId(name: string, refundId: string): Promise<string> {
  const [row] = await bookingsEm().execute<{ id: string }[]>(
    `select id from events.log where name = ? and payload->>'refundId' = ? order by id desc limit 1`,
    [name, refundId],
  );
  return row.id;
}

describe('bookings and accounts react to payments', () => {
  it('email the guest a failure notice and a receipt, then show each refund on the booking and email it once', async () => {
    const host = await asHost(running.stack.client, await signedInVerifiedUser(running.stack.client, accountsEm()));
    const listing = await createPublishedListing(running.stack.client, host.token, { instantBook: true });
    await waitForTerms(bookingsEm, listing.id);
    const guest = await signedInVerifiedUser(running.stack.client, accountsEm());
    const booking = await booked(running.stack.client, guest.token, {
      listingId: listing.id,
      checkIn: daysFromNow(30),
      checkOut: daysFromNow(33),
    });
    const total = booking.price.total;

    await paymentFailed(bookingsEm(), booking, 'Your card was declined.');
    expect(await mail(guest.email, 'Your payment did not go through')).toContain(
      `Your payment for booking ${booking.id} did not go through: Your card was declined.`,
    );

    const paymentId = await paymentSucceeded(bookingsEm(), booking);
    const receipt = await mail(guest.email, `Payment receipt: USD ${total.amount}`);
    expect(receipt).toContain(`We received your payment of USD ${total.amount} by card (Stripe)`);
    expect(receipt).toContain(`Receipt number: ${paymentId}. Booking reference: ${booking.id}.`);
    expect(receipt).toContain(`/bookings/${booking.id}`);
    // The host hears about the payment through the booking confirmation only.
    await mail(host.email, 'Booking confirmed');
    expect(mailTo(running.worker.config.mail.dir, host.email).some((m) => m.includes('Subject: Payment'))).toBe(false);

    // MODERATE, more than 5 days before check-in: everything is due back.
    await changeBooking(running.stack.client, guest.token, 'cancelBooking', booking.id, 'Plans changed');
    const read = async () =>
      (await running.stack.client.data(BookingRefundsDocument, { token: guest.token, variables: { id: booking.id } }))
        .booking;
    expect(await read()).toMatchObject({
      status: 'CANCELLED',
      refund: { amountMinor: total.amountMinor },
      refundedAmount: null,
      refunds: [],
    });

    // Paid back in two refunds (as an M-Pesa reversal failing over to payouts could), the second one announced twice.
    const first = { paymentId, bookingId: booking.id, guestId: booking.guest.id, currency: total.currency };
    const partialId = await paymentRefunded(bookingsEm(), {
      ...first,
      amountMinor: 1000,
      refundedTotalMinor: 1000,
      full: false,
    });
    const rest = total.amountMinor - 1000;
    const finalId = await paymentRefunded(bookingsEm(), {
      ...first,
      amountMinor: rest,
      refundedTotalMinor: total.amountMinor,
      full: true,
    });
    await redeliver(await lastEventId('payment.refunded', finalId));

    const refunded = await waitFor(
      async () => {
        const current = await read();
        return current?.refunds.length === 2 ? current : false;
      },
      { what: 'both refunds on the booking' },
    );
    expect(refunded.refundedAmount).toEqual({ amount: total.amount, amountMinor: total.amountMinor, currency: 'USD' });
    expect(refunded.refunds.map((r) => [r.id, r.amount.amountMinor, r.full])).toEqual([
      [partialId, 1000, false],
      [finalId, rest, true],
    ]);

    expect(await mail(guest.email, 'Partial refund: USD 10.00')).toContain(
      `This is a partial refund: USD 10.00 of your payment ${paymentId} has been refunded so far.`,
    );
    const full = await mail(guest.email, `Refund: USD`);
    expect(full).toContain(`Your payment ${paymentId} is now refunded in full (USD ${total.amount}).`);
    const paymentMails = mailTo(running.worker.config.mail.dir, guest.email).filter((m) =>
      /Subject: (Payment receipt|Your payment|Partial refund|Refund)/.test(m),
    );
    expect(paymentMails).toHaveLength(4);
  });

  it('shows the host the refunds of their booking too', async () => {
    const host = await asHost(running.stack.client, await signedInVerifiedUser(running.stack.client, accountsEm()));
    const listing = await createPublishedListing(running.stack.client, host.token, { instantBook: true });
    await waitForTerms(bookingsEm, listing.id);
    const guest = await signedInVerifiedUser(running.stack.client, accountsEm());
    const booking = await booked(running.stack.client, guest.token, {
      listingId: listing.id,
      checkIn: daysFromNow(40),
      checkOut: daysFromNow(42),
    });
    const paymentId = await paymentSucceeded(bookingsEm(), booking);
    await paymentRefunded(bookingsEm(), {
      paymentId,
      bookingId: booking.id,
      guestId: booking.guest.id,
      amountMinor: booking.price.total.amountMinor,
      refundedTotalMinor: booking.price.total.amountMinor,
      currency: booking.price.total.currency,
      full: true,
    });
    const seen = await waitFor(
      async () => {
        const { booking: asHostSees } = await running.stack.client.data(BookingRefundsDocument, {
          token: host.token,
          variables: { id: booking.id },
        });
        return asHostSees?.refunds.length === 1 ? asHostSees : false;
      },
      { what: 'the refund, as the host sees it' },
    );
    expect(seen.refundedAmount?.amountMinor).toBe(booking.price.total.amountMinor);
  });
});
