import { randomUUID } from 'node:crypto';
import { signedInAdmin, signedInUser, signedInVerifiedUser } from '../../../test/support/accounts/factories';
import { asHost, createPublishedListing } from '../../../test/support/listings/factories';
import { callSubgraph } from '../../../test/support/subgraph-client';
import { useStackWithWorker } from '../../../test/support/stack-with-worker';
import { waitFor } from '../../../test/support/wait-for';
import {
  book,
  booked,
  changeBooking,
  daysFromNow,
  eventsAbout,
  paymentSucceeded,
  waitForTerms,
} from './bookings-support';
import {
  BookingDocument,
  CreateBookingDocument,
  ListingBookingsDocument,
  MyBookingsDocument,
  QuoteDocument,
  type CancellationPolicy,
  type CreateListingInput,
} from '../../../test/support/generated/graphql';
import { codeOf, ofType, present } from '../../../test/support/graphql-client';

const running = useStackWithWorker();

const accountsEm = () => running.stack.subgraph('accounts').orm.em.fork();
const bookingsEm = () => running.stack.subgraph('bookings').orm.em.fork();

async function hostWithListing(overrides: Partial<CreateListingInput> = {}) {
  const host = await asHost(running.stack.client, await signedInVerifiedUser(running.stack.client, accountsEm()));
  const listing = await createPublishedListing(running.stack.client, host.token, overrides);
  await waitForTerms(bookingsEm, listing.id);
  return { host, listing };
}

const guest = () => signedInVerifiedUser(running.stack.client, accountsEm());

async function quote(listingId: string, checkIn: string, checkOut: string, guests = 2) {
  const { quote } = await running.stack.client.data(QuoteDocument, {
    variables: { listingId, checkIn, checkOut, guests },
  });
  return quote;
}

async function reload(token: string, id: string) {
  const { booking } = await running.stack.client.data(BookingDocument, { token, variables: { id } });
  return booking;
}

describe('quote', () => {
  it('prices a stay line by line on the server, with the nightly price overrides', async () => {
    const { listing } = await hostWithListing({ nightlyPrice: '120.50', cleaningFee: '30' });
    const { price } = ofType(await quote(listing.id, daysFromNow(10), daysFromNow(13)), 'Quote');
    // 3 × 120.50 + 30 = 391.50; service fee 12 % = 46.98; tax 0 %
    expect(price.lines.map((l) => [l.kind, l.amount.amountMinor])).toEqual([
      ['ACCOMMODATION', 36150],
      ['CLEANING_FEE', 3000],
      ['SERVICE_FEE', 4698],
      ['TAXES', 0],
    ]);
    expect(price.total).toMatchObject({ amount: '438.48', amountMinor: 43848 });
  });

  it('answers every broken rule with its typed error', async () => {
    const { listing } = await hostWithListing();
    const cases: [string, string, number, string][] = [
      [daysFromNow(10), daysFromNow(10), 2, 'BOOKING.CHECK_OUT_NOT_AFTER_CHECK_IN'],
      [daysFromNow(-2), daysFromNow(3), 2, 'BOOKING.DATES_IN_PAST'],
      [daysFromNow(0), daysFromNow(3), 2, 'BOOKING.OUTSIDE_BOOKING_WINDOW'],
      [daysFromNow(364), daysFromNow(367), 2, 'BOOKING.OUTSIDE_BOOKING_WINDOW'],
      [daysFromNow(10), daysFromNow(11), 2, 'BOOKING.BELOW_MIN_NIGHTS'],
      [daysFromNow(10), daysFromNow(41), 2, 'BOOKING.ABOVE_MAX_NIGHTS'],
      [daysFromNow(10), daysFromNow(12), 5, 'BOOKING.TOO_MANY_GUESTS'],
    ];
    for (const [checkIn, checkOut, guests, code] of cases)
      expect({ checkIn, code: codeOf(await quote(listing.id, checkIn, checkOut, guests)) }).toEqual({ checkIn, code });
    expect(codeOf(await quote(randomUUID(), daysFromNow(10), daysFromNow(12)))).toBe('BOOKING.LISTING_NOT_BOOKABLE');
    expect(codeOf(await quote('not-an-id', daysFromNow(10), daysFromNow(12)))).toBe('BOOKING.LISTING_NOT_BOOKABLE');
  });
});

describe('an instant-book listing', () => {
  it('holds the dates awaiting payment, confirms on payment.succeeded, and logs every step', async () => {
    const { host, listing } = await hostWithListing({ instantBook: true });
    const traveller = await guest();
    const booking = await booked(running.stack.client, traveller.token, {
      listingId: listing.id,
      checkIn: daysFromNow(20),
      checkOut: daysFromNow(23),
      message: 'Arriving late.',
    });
    expect(booking).toMatchObject({
      status: 'PENDING',
      awaiting: 'PAYMENT',
      nights: 3,
      guest: { id: traveller.id },
      host: { id: host.id },
    });
    expect(new Date(present(booking.holdExpiresAt, 'a hold')).getTime() - Date.now()).toBeGreaterThan(14 * 60_000);
    expect(codeOf(await quote(listing.id, daysFromNow(21), daysFromNow(24)))).toBe('BOOKING.DATES_UNAVAILABLE');

    const paymentId = await paymentSucceeded(bookingsEm(), booking);
    const confirmed = await waitFor(
      async () => {
        const current = await reload(traveller.token, booking.id);
        return current?.status === 'CONFIRMED' && current;
      },
      { what: 'the booking to be confirmed' },
    );
    expect(confirmed.transitions.map((t) => [t.fromStatus, t.toStatus, t.toAwaiting, t.actor])).toEqual([
      [null, 'PENDING', 'PAYMENT', 'GUEST'],
      ['PENDING', 'CONFIRMED', null, 'SYSTEM'],
    ]);
    expect(confirmed.transitions[0].note).toBe('Arriving late.');
    expect(await eventsAbout(bookingsEm(), 'booking.confirmed', 'bookingId', booking.id)).toEqual([
      expect.objectContaining({ paymentId }),
    ]);
  });

  it('returns the same booking for a retried request with the same idempotency key', async () => {
    const { listing } = await hostWithListing();
    const traveller = await guest();
    const request = {
      listingId: listing.id,
      checkIn: daysFromNow(30),
      checkOut: daysFromNow(32),
      idempotencyKey: randomUUID(),
    };
    const [first, ...retries] = await Promise.all(
      [0, 1, 2].map(() => book(running.stack.client, traveller.token, request)),
    );
    const created = [first, ...retries].map((r) => ofType(r, 'BookingCreated'));
    const ids = created.map((r) => r.booking.id);
    expect(new Set(ids).size).toBe(1);
    expect(created.filter((r) => !r.replayed)).toHaveLength(1);
    const again = await book(running.stack.client, traveller.token, request);
    expect(again).toMatchObject({ replayed: true, booking: { id: ids[0] } });
    expect(codeOf(await book(running.stack.client, traveller.token, { ...request, guests: 3 }))).toBe(
      'BOOKING.IDEMPOTENCY_KEY_REUSED',
    );
  });

  it('refuses guests without a confirmed email at the gateway, and hosts booking their own place', async () => {
    const { host, listing } = await hostWithListing();
    const unverified = await signedInUser(running.stack.client);
    const stay = { listingId: listing.id, checkIn: daysFromNow(40), checkOut: daysFromNow(42) };
    const refused = await running.stack.client.request(CreateBookingDocument, {
      token: unverified.token,
      variables: { input: { ...stay, guests: 1, idempotencyKey: randomUUID() } },
    });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(codeOf(await book(running.stack.client, host.token, stay))).toBe('BOOKING.OWN_LISTING');
  });
});

describe('a request-to-book listing', () => {
  it('awaits the host, who accepts (then payment) or declines (dates freed)', async () => {
    const { host, listing } = await hostWithListing({ instantBook: false });
    const traveller = await guest();
    const request = await booked(running.stack.client, traveller.token, {
      listingId: listing.id,
      checkIn: daysFromNow(50),
      checkOut: daysFromNow(52),
    });
    expect(request).toMatchObject({ status: 'PENDING', awaiting: 'HOST' });
    const otherHost = await asHost(running.stack.client, await guest());
    expect((await changeBooking(running.stack.client, otherHost.token, 'acceptBooking', request.id)).__typename).toBe(
      'BookingNotFoundError',
    );

    const accepted = await changeBooking(running.stack.client, host.token, 'acceptBooking', request.id);
    expect(accepted).toMatchObject({ booking: { status: 'PENDING', awaiting: 'PAYMENT' } });
    expect(codeOf(await changeBooking(running.stack.client, host.token, 'acceptBooking', request.id))).toBe(
      'BOOKING.INVALID_TRANSITION',
    );

    const other = await booked(running.stack.client, traveller.token, {
      listingId: listing.id,
      checkIn: daysFromNow(60),
      checkOut: daysFromNow(62),
    });
    const declined = await changeBooking(
      running.stack.client,
      host.token,
      'declineBooking',
      other.id,
      'Closed for repairs',
    );
    expect(declined).toMatchObject({
      booking: { status: 'CANCELLED', endReason: 'DECLINED', refund: { amountMinor: 0 } },
    });
    expect((await quote(listing.id, daysFromNow(60), daysFromNow(62))).__typename).toBe('Quote');
    expect(await eventsAbout(bookingsEm(), 'booking.cancelled', 'bookingId', other.id)).toEqual([
      expect.objectContaining({ reason: 'DECLINED', refundMinor: 0 }),
    ]);
  });
});

describe('cancellation', () => {
  async function confirmedStay(policy: CancellationPolicy, checkInDays: number) {
    const { host, listing } = await hostWithListing({
      cancellationPolicy: policy,
      nightlyPrice: '100',
      cleaningFee: '0',
    });
    const traveller = await guest();
    const booking = await booked(running.stack.client, traveller.token, {
      listingId: listing.id,
      checkIn: daysFromNow(checkInDays),
      checkOut: daysFromNow(checkInDays + 2),
    });
    await paymentSucceeded(bookingsEm(), booking);
    await waitFor(async () => (await reload(traveller.token, booking.id))?.status === 'CONFIRMED', {
      what: 'confirmation',
    });
    return { host, traveller, booking };
  }

  it.each<[CancellationPolicy, number, number]>([
    ['FLEXIBLE', 3, 22400], // full, service fee included: 200.00 + 24.00
    ['MODERATE', 3, 0], // less than 5 days before
    ['MODERATE', 6, 22400],
    ['STRICT', 10, 10000], // half of 200.00, no service fee
    ['NON_REFUNDABLE', 30, 0],
  ])(
    'refunds a guest cancelling a %s stay %i days ahead %i (minor units), in booking.cancelled',
    async (policy, days, refund) => {
      const { traveller, booking } = await confirmedStay(policy, days);
      const result = await changeBooking(
        running.stack.client,
        traveller.token,
        'cancelBooking',
        booking.id,
        'Change of plans',
      );
      expect(result).toMatchObject({
        booking: {
          status: 'CANCELLED',
          endReason: 'CANCELLED_BY_GUEST',
          refund: { amountMinor: refund, currency: 'USD' },
        },
      });
      expect(await eventsAbout(bookingsEm(), 'booking.cancelled', 'bookingId', booking.id)).toEqual([
        expect.objectContaining({ reason: 'CANCELLED_BY_GUEST', refundMinor: refund, currency: 'USD' }),
      ]);
    },
  );

  it('refunds everything when the host cancels, even a non-refundable stay', async () => {
    const { host, booking } = await confirmedStay('NON_REFUNDABLE', 2);
    const result = await changeBooking(running.stack.client, host.token, 'cancelBooking', booking.id);
    expect(result).toMatchObject({
      booking: { endReason: 'CANCELLED_BY_HOST', refund: { amountMinor: booking.price.total.amountMinor } },
    });
    expect(codeOf(await changeBooking(running.stack.client, host.token, 'cancelBooking', booking.id))).toBe(
      'BOOKING.INVALID_TRANSITION',
    );
  });
});

describe('who sees a booking', () => {
  it('the guest, the host and admins; nobody else, through the gateway or _entities', async () => {
    const { host, listing } = await hostWithListing();
    const traveller = await guest();
    const stranger = await guest();
    const admin = await signedInAdmin(running.stack.client, accountsEm());
    const booking = await booked(running.stack.client, traveller.token, {
      listingId: listing.id,
      checkIn: daysFromNow(70),
      checkOut: daysFromNow(72),
    });

    for (const viewer of [traveller, host, admin])
      expect((await reload(viewer.token, booking.id))?.id).toBe(booking.id);
    expect(await reload(stranger.token, booking.id)).toBeNull();
    expect(
      (await running.stack.client.request(BookingDocument, { variables: { id: booking.id } })).errors?.[0].extensions
        ?.code,
    ).toBe('UNAUTHENTICATED');
    expect(codeOf(await changeBooking(running.stack.client, stranger.token, 'cancelBooking', booking.id))).toBe(
      'BOOKING.BOOKING_NOT_FOUND',
    );

    const listingBookings = async (token: string) =>
      (await running.stack.client.data(ListingBookingsDocument, { token, variables: { id: listing.id } })).listing
        ?.bookings;
    const { me } = await running.stack.client.data(MyBookingsDocument, { token: traveller.token });
    expect(me?.bookings?.edges.map((e) => e.node.id)).toEqual([booking.id]);
    expect((await listingBookings(host.token))?.edges.map((e) => e.node.id)).toEqual([booking.id]);
    expect((await listingBookings(admin.token))?.edges).toHaveLength(1);
    expect(await listingBookings(traveller.token)).toBeNull();

    // Straight at the subgraph, as the gateway asks it for entities: the viewer's token still decides.
    const entity = async (token: string | undefined, representation: Record<string, string>, selection: string) => {
      const response = await callSubgraph(
        running.stack.subgraph('bookings').url,
        {
          query: `query ($r: [_Any!]!) { _entities(representations: $r) { ${selection} } }`,
          variables: { r: [representation] },
        },
        { headers: token ? { authorization: `Bearer ${token}` } : {} },
      );
      return ((await response.json()) as { data: { _entities: unknown[] } }).data._entities[0];
    };
    const asBooking = { __typename: 'Booking', id: booking.id };
    expect(await entity(traveller.token, asBooking, '... on Booking { id }')).toEqual({ id: booking.id });
    expect(await entity(host.token, asBooking, '... on Booking { id }')).toEqual({ id: booking.id });
    expect(await entity(stranger.token, asBooking, '... on Booking { id }')).toBeNull();
    expect(await entity(undefined, asBooking, '... on Booking { id }')).toBeNull();
    const guestBookings = '... on User { bookings { edges { node { id } } } }';
    expect(await entity(stranger.token, { __typename: 'User', id: traveller.id }, guestBookings)).toEqual({
      bookings: null,
    });
    expect(await entity(admin.token, { __typename: 'User', id: traveller.id }, guestBookings)).toEqual({
      bookings: { edges: [{ node: { id: booking.id } }] },
    });
    const hostOnly = `... on Listing { bookings { edges { node { id } } } calendar(from: "${daysFromNow(1)}", to: "${daysFromNow(2)}") { version } }`;
    expect(await entity(stranger.token, { __typename: 'Listing', id: listing.id }, hostOnly)).toEqual({
      bookings: null,
      calendar: null,
    });
  });
});
