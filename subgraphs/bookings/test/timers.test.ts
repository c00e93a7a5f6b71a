import type { EntityManager } from '@mikro-orm/postgresql';
import { signedInVerifiedUser } from '../../../test/support/accounts/factories';
import { asHost, createPublishedListing } from '../../../test/support/listings/factories';
import { startTestStack, type TestStack } from '../../../test/support/test-stack';
import { startTestWorker, type TestWorker } from '../../../test/support/test-worker';
import { waitFor } from '../../../test/support/wait-for';
import type { JobContext } from '../../../platform/events/event-handler';
import { createLogger } from '../../../platform/runtime/logger';
import { BookingLifecycle } from '../booking/booking-lifecycle';
import { completeStays } from '../booking/complete-stays.job';
import { EXPIRE_HOLD } from '../booking/hold-expiry.job';
import { booked, changeBooking, daysFromNow, eventsAbout, paymentSucceeded, waitForTerms } from './bookings-support';
import { BookingDocument } from '../../../test/support/generated/graphql';
import { ofType, present } from '../../../test/support/graphql-client';

/** Time the stack runs on: real time plus whatever the test has moved it forward. */
let offsetMs = 0;
const clock = () => new Date(Date.now() + offsetMs);

let stack: TestStack;
let worker: TestWorker;
beforeAll(async () => {
  stack = await startTestStack({ clock });
  worker = await startTestWorker();
});
afterAll(async () => {
  await worker?.stop();
  await stack?.stop();
});
afterEach(() => {
  offsetMs = 0;
});

const accountsEm = () => stack.subgraph('accounts').orm.em.fork();
const bookingsEm = () => stack.subgraph('bookings').orm.em.fork();

async function setUp(instantBook: boolean) {
  const host = await asHost(stack.client, await signedInVerifiedUser(stack.client, accountsEm()));
  const listing = await createPublishedListing(stack.client, host.token, { instantBook });
  await waitForTerms(bookingsEm, listing.id);
  const guest = await signedInVerifiedUser(stack.client, accountsEm());
  return { host, listing, guest };
}

const expiryJob = async (bookingId: string) =>
  (
    await bookingsEm().execute<{ id: string; run_at: Date }[]>(
      'select id, run_at from graphile_worker.jobs where key = ?',
      [`${EXPIRE_HOLD}:${bookingId}`],
    )
  )[0];

/** Moves time past the hold and makes its delayed job due now, instead of waiting for it. */
async function passHold(bookingId: string, minutes: number): Promise<void> {
  offsetMs += minutes * 60_000;
  const job = await expiryJob(bookingId);
  await bookingsEm().execute('select graphile_worker.reschedule_jobs(array[?]::bigint[], run_at => now())', [job.id]);
}

async function statusOf(token: string, id: string) {
  const { booking } = await stack.client.data(BookingDocument, { token, variables: { id } });
  return present(booking, `booking ${id}`);
}

describe('holds', () => {
  it('expire when an instant booking is not paid in time, and free the dates', async () => {
    const { listing, guest } = await setUp(true);
    const booking = await booked(stack.client, guest.token, {
      listingId: listing.id,
      checkIn: daysFromNow(10),
      checkOut: daysFromNow(12),
    });
    const job = await expiryJob(booking.id);
    expect(new Date(job.run_at).toISOString()).toBe(booking.holdExpiresAt);
    expect(new Date(present(booking.holdExpiresAt, 'a hold')).getTime() - clock().getTime()).toBeGreaterThan(
      14 * 60_000,
    );

    await passHold(booking.id, stack.config.bookings.paymentHoldMinutes + 1);
    const expired = await waitFor(
      async () => {
        const current = await statusOf(guest.token, booking.id);
        return current.status === 'CANCELLED' && current;
      },
      { what: 'the hold to expire' },
    );
    expect(expired).toMatchObject({ endReason: 'EXPIRED', awaiting: null });
    expect(expired.transitions.at(-1)).toMatchObject({ fromStatus: 'PENDING', toStatus: 'CANCELLED', actor: 'SYSTEM' });
    expect(await eventsAbout(bookingsEm(), 'booking.expired', 'bookingId', booking.id)).toEqual([
      expect.objectContaining({ awaited: 'PAYMENT' }),
    ]);
    const again = await booked(stack.client, guest.token, {
      listingId: listing.id,
      checkIn: daysFromNow(10),
      checkOut: daysFromNow(12),
    });
    expect(again.status).toBe('PENDING');
  });

  it('give the host hostResponseHours to answer, then the guest paymentHoldMinutes to pay once accepted', async () => {
    const { host, listing, guest } = await setUp(false);
    const request = await booked(stack.client, guest.token, {
      listingId: listing.id,
      checkIn: daysFromNow(20),
      checkOut: daysFromNow(22),
    });
    const hostHold = new Date(present(request.holdExpiresAt, 'the host deadline'));
    const hostDeadline = hostHold.getTime() - clock().getTime();
    expect(hostDeadline).toBeGreaterThan((stack.config.bookings.hostResponseHours - 0.1) * 3_600_000);

    offsetMs += 60 * 60_000;
    const accepted = await changeBooking(stack.client, host.token, 'acceptBooking', request.id);
    const paymentDeadline = new Date(present(ofType(accepted, 'BookingChanged').booking.holdExpiresAt, 'a hold'));
    // One pending expiry job per booking: accepting replaced the host's deadline with the payment's.
    expect(new Date((await expiryJob(request.id)).run_at).toISOString()).toBe(paymentDeadline.toISOString());

    await paymentSucceeded(bookingsEm(), request);
    await waitFor(async () => (await statusOf(guest.token, request.id)).status === 'CONFIRMED', {
      what: 'confirmation',
    });
    // A stale expiry (one for the host's deadline, say, already running when the request was accepted) changes nothing.
    expect(await new BookingLifecycle(clock).expire(bookingsEm(), request.id, hostHold)).toBe(false);
    expect((await statusOf(guest.token, request.id)).status).toBe('CONFIRMED');
  });

  it('expire an unanswered request', async () => {
    const { listing, guest } = await setUp(false);
    const request = await booked(stack.client, guest.token, {
      listingId: listing.id,
      checkIn: daysFromNow(30),
      checkOut: daysFromNow(32),
    });
    await passHold(request.id, stack.config.bookings.hostResponseHours * 60 + 1);
    await waitFor(async () => (await statusOf(guest.token, request.id)).endReason === 'EXPIRED', {
      what: 'the request to expire',
    });
    expect(await eventsAbout(bookingsEm(), 'booking.expired', 'bookingId', request.id)).toEqual([
      expect.objectContaining({ awaited: 'HOST' }),
    ]);
  });
});

describe('completion', () => {
  const run = (em: EntityManager, at: Date) =>
    completeStays.run({}, {
      em,
      clock: () => at,
      logger: createLogger({ level: 'silent', name: 'test' }),
      signal: new AbortController().signal,
    } as unknown as JobContext);

  it("completes a confirmed stay once the check-out time has passed in the listing's time zone", async () => {
    const { listing, guest } = await setUp(true);
    const booking = await booked(stack.client, guest.token, {
      listingId: listing.id,
      checkIn: daysFromNow(2),
      checkOut: daysFromNow(4),
    });
    await paymentSucceeded(bookingsEm(), booking);
    await waitFor(async () => (await statusOf(guest.token, booking.id)).status === 'CONFIRMED', {
      what: 'confirmation',
    });
    // Check-out is 11:00 in Nairobi (UTC+3): 08:00 UTC on the check-out day.
    expect(booking.checkOutAt).toBe(`${daysFromNow(4)}T08:00:00.000Z`);

    await run(bookingsEm(), new Date(`${daysFromNow(4)}T07:59:59Z`));
    expect((await statusOf(guest.token, booking.id)).status).toBe('CONFIRMED');
    await run(bookingsEm(), new Date(`${daysFromNow(4)}T08:00:00Z`));
    const completed = await statusOf(guest.token, booking.id);
    expect(completed.status).toBe('COMPLETED');
    expect(completed.transitions.at(-1)).toMatchObject({
      fromStatus: 'CONFIRMED',
      toStatus: 'COMPLETED',
      actor: 'SYSTEM',
    });
    // Reviews measures its window from these: the listing's zone and the agreed check-out instant.
    expect(await eventsAbout(bookingsEm(), 'booking.completed', 'bookingId', booking.id)).toEqual([
      expect.objectContaining({ timeZone: 'Africa/Nairobi', completedAt: `${daysFromNow(4)}T08:00:00.000Z` }),
    ]);
  });
});
