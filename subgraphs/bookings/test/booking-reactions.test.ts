import { signedInAdmin, signedInVerifiedUser } from '../../../test/support/accounts/factories';
import { asHost, createPublishedListing } from '../../../test/support/listings/factories';
import { useStackWithWorker } from '../../../test/support/stack-with-worker';
import { waitFor } from '../../../test/support/wait-for';
import { EXPIRE_HOLD } from '../booking/hold-expiry.job';
import {
  book,
  booked,
  daysFromNow,
  eventsAbout,
  paymentFailed,
  paymentSucceeded,
  waitForTerms,
} from './bookings-support';
import {
  BookingStateDocument,
  ReinstateUserDocument,
  SuspendUserDocument,
} from '../../../test/support/generated/graphql';
import { present } from '../../../test/support/graphql-client';

const running = useStackWithWorker();

const accountsEm = () => running.stack.subgraph('accounts').orm.em.fork();
const bookingsEm = () => running.stack.subgraph('bookings').orm.em.fork();
const verifiedUser = () => signedInVerifiedUser(running.stack.client, accountsEm());

async function hostWithListing(instantBook: boolean) {
  const host = await asHost(running.stack.client, await verifiedUser());
  const listing = await createPublishedListing(running.stack.client, host.token, { instantBook });
  await waitForTerms(bookingsEm, listing.id);
  return { host, listing };
}

async function suspend(userId: string): Promise<void> {
  const admin = await signedInAdmin(running.stack.client, accountsEm());
  const { suspendUser } = await running.stack.client.data(SuspendUserDocument, {
    token: admin.token,
    variables: { input: { userId, reason: 'Fraud report' } },
  });
  expect(suspendUser.__typename).toBe('UserSuspensionChanged');
}

async function read(token: string, id: string) {
  const { booking } = await running.stack.client.data(BookingStateDocument, { token, variables: { id } });
  return present(booking, `booking ${id}`);
}

const cancelled = (token: string, id: string) =>
  waitFor(
    async () => {
      const booking = await read(token, id);
      return booking.status === 'CANCELLED' && booking;
    },
    { what: `booking ${id} to be cancelled` },
  );

describe('user.suspended', () => {
  it("cancels a suspended guest's pending bookings and frees their dates, but leaves confirmed stays to support", async () => {
    const requested = await hostWithListing(false);
    const instant = await hostWithListing(true);
    const guest = await verifiedUser();
    const dates = { checkIn: daysFromNow(15), checkOut: daysFromNow(18) };
    const pending = await booked(running.stack.client, guest.token, { listingId: requested.listing.id, ...dates });
    const stay = await booked(running.stack.client, guest.token, { listingId: instant.listing.id, ...dates });
    await paymentSucceeded(bookingsEm(), stay);
    await waitFor(async () => (await read(instant.host.token, stay.id)).status === 'CONFIRMED', {
      what: 'confirmation',
    });

    await suspend(guest.id);
    const withdrawn = await cancelled(requested.host.token, pending.id);
    expect(withdrawn).toMatchObject({ endReason: 'CANCELLED_BY_ADMIN', awaiting: null, refund: { amountMinor: 0 } });
    expect(withdrawn.transitions.at(-1)).toMatchObject({
      fromStatus: 'PENDING',
      toStatus: 'CANCELLED',
      actor: 'SYSTEM',
      note: "the guest's account was suspended",
    });
    expect(await eventsAbout(bookingsEm(), 'booking.cancelled', 'bookingId', pending.id)).toEqual([
      expect.objectContaining({ reason: 'CANCELLED_BY_ADMIN', refundMinor: 0, paymentId: null }),
    ]);
    const availability = await eventsAbout(
      bookingsEm(),
      'listing.availability_changed',
      'listingId',
      requested.listing.id,
    );
    expect(availability.at(-1)).toMatchObject({ occupied: [] });
    expect(
      (await book(running.stack.client, (await verifiedUser()).token, { listingId: requested.listing.id, ...dates }))
        .__typename,
    ).toBe('BookingCreated');
    expect((await read(instant.host.token, stay.id)).status).toBe('CONFIRMED');
  });

  it('cancels the pending requests a suspended host had not answered', async () => {
    const { host, listing } = await hostWithListing(false);
    const guest = await verifiedUser();
    const request = await booked(running.stack.client, guest.token, {
      listingId: listing.id,
      checkIn: daysFromNow(40),
      checkOut: daysFromNow(43),
    });

    await suspend(host.id);
    const withdrawn = await cancelled(guest.token, request.id);
    expect(withdrawn.endReason).toBe('CANCELLED_BY_ADMIN');
    expect(withdrawn.transitions.at(-1)).toMatchObject({ actor: 'SYSTEM', note: "the host's account was suspended" });
  });
});

describe('a suspended host', () => {
  it('takes no new bookings, even by listing id, until reinstated', async () => {
    const { host, listing } = await hostWithListing(true);
    const dates = { listingId: listing.id, checkIn: daysFromNow(50), checkOut: daysFromNow(52) };
    await suspend(host.id);
    const standing = () =>
      bookingsEm().execute<{ suspended: boolean }[]>(
        'select suspended from bookings.host_standings where host_id = ?',
        [host.id],
      );
    await waitFor(async () => (await standing())[0]?.suspended === true, { what: 'the host standing' });
    expect((await book(running.stack.client, (await verifiedUser()).token, dates)).__typename).toBe(
      'ListingNotBookableError',
    );

    const admin = await signedInAdmin(running.stack.client, accountsEm());
    await running.stack.client.data(ReinstateUserDocument, { token: admin.token, variables: { userId: host.id } });
    await waitFor(async () => (await standing())[0]?.suspended === false, { what: 'the reinstatement' });
    expect((await book(running.stack.client, (await verifiedUser()).token, dates)).__typename).toBe('BookingCreated');
  });
});

describe('payment.failed', () => {
  it('shows the guest why, keeps the hold, and the hold still expires on time', async () => {
    const { host, listing } = await hostWithListing(true);
    const guest = await verifiedUser();
    const booking = await booked(running.stack.client, guest.token, {
      listingId: listing.id,
      checkIn: daysFromNow(25),
      checkOut: daysFromNow(27),
    });

    await paymentFailed(bookingsEm(), booking, 'Your card was declined.');
    const failed = await waitFor(
      async () => {
        const current = await read(guest.token, booking.id);
        return current.lastPaymentError !== null && current;
      },
      { what: 'the payment failure to be recorded' },
    );
    expect(failed).toMatchObject({
      status: 'PENDING',
      awaiting: 'PAYMENT',
      holdExpiresAt: booking.holdExpiresAt,
      lastPaymentError: 'Your card was declined.',
    });
    expect((await read(host.token, booking.id)).lastPaymentError).toBeNull();

    await bookingsEm().execute(
      'select graphile_worker.reschedule_jobs(array(select id from graphile_worker.jobs where key = ?), run_at => now())',
      [`${EXPIRE_HOLD}:${booking.id}`],
    );
    expect((await cancelled(guest.token, booking.id)).endReason).toBe('EXPIRED');
  });
});
