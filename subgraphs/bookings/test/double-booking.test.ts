import { randomUUID } from 'node:crypto';
import { signedInVerifiedUser } from '../../../test/support/accounts/factories';
import { asHost, createPublishedListing } from '../../../test/support/listings/factories';
import { useStackWithWorker } from '../../../test/support/stack-with-worker';
import { daysFromNow, waitForTerms } from './bookings-support';
import { CreateBookingDocument } from '../../../test/support/generated/graphql';
import { codeOf } from '../../../test/support/graphql-client';

const running = useStackWithWorker();

const accountsEm = () => running.stack.subgraph('accounts').orm.em.fork();
const bookingsEm = () => running.stack.subgraph('bookings').orm.em.fork();

describe('no double booking', () => {
  it('lets exactly one of 50 concurrent requests for overlapping dates through; the others get BOOKING.DATES_UNAVAILABLE', async () => {
    const host = await asHost(running.stack.client, await signedInVerifiedUser(running.stack.client, accountsEm()));
    const listing = await createPublishedListing(running.stack.client, host.token);
    await waitForTerms(bookingsEm, listing.id);
    const guests = await Promise.all(
      [1, 2, 3, 4, 5].map(() => signedInVerifiedUser(running.stack.client, accountsEm())),
    );
    // Every range holds the nights of days 12 and 13, so any two overlap.
    const requests = Array.from({ length: 50 }, (_, i) => ({
      token: guests[i % guests.length].token,
      input: {
        listingId: listing.id,
        checkIn: daysFromNow(10 + (i % 3)),
        checkOut: daysFromNow(14 + ((i >> 2) % 3)),
        guests: 2,
        idempotencyKey: randomUUID(),
      },
    }));

    const responses = await Promise.all(
      requests.map(({ token, input }) =>
        running.stack.client.request(CreateBookingDocument, { token, variables: { input } }),
      ),
    );

    expect(responses.map((r) => r.status).filter((status) => status !== 200)).toEqual([]);
    expect(responses.flatMap((r) => r.errors ?? [])).toEqual([]);
    const outcomes = responses.map((r) => r.data?.createBooking.__typename);
    expect(outcomes.filter((t) => t === 'BookingCreated')).toHaveLength(1);
    expect(outcomes.filter((t) => t === 'DatesUnavailableError')).toHaveLength(49);
    expect(responses.filter((r) => codeOf(r.data?.createBooking) === 'BOOKING.DATES_UNAVAILABLE')).toHaveLength(49);

    const overlapping = await bookingsEm().execute(
      `select 1 from bookings.occupancies a join bookings.occupancies b
         on a.listing_id = b.listing_id and a.id < b.id and a.active and b.active
        and daterange(a.start_date, a.end_date, '[)') && daterange(b.start_date, b.end_date, '[)')
       where a.listing_id = ?`,
      [listing.id],
    );
    expect(overlapping).toEqual([]);
    const [{ count }] = await bookingsEm().execute<{ count: string }[]>(
      'select count(*) from bookings.bookings where listing_id = ?',
      [listing.id],
    );
    expect(Number(count)).toBe(1);
  });

  it('lets back-to-back stays share the check-out/check-in day', async () => {
    const host = await asHost(running.stack.client, await signedInVerifiedUser(running.stack.client, accountsEm()));
    const listing = await createPublishedListing(running.stack.client, host.token);
    await waitForTerms(bookingsEm, listing.id);
    const guest = await signedInVerifiedUser(running.stack.client, accountsEm());
    const stay = (checkIn: number, checkOut: number) =>
      running.stack.client.data(CreateBookingDocument, {
        token: guest.token,
        variables: {
          input: {
            listingId: listing.id,
            checkIn: daysFromNow(checkIn),
            checkOut: daysFromNow(checkOut),
            guests: 1,
            idempotencyKey: randomUUID(),
          },
        },
      });
    expect((await stay(20, 23)).createBooking.__typename).toBe('BookingCreated');
    expect((await stay(23, 25)).createBooking.__typename).toBe('BookingCreated');
    expect((await stay(18, 20)).createBooking.__typename).toBe('BookingCreated');
    expect(codeOf((await stay(22, 24)).createBooking)).toBe('BOOKING.DATES_UNAVAILABLE');
  });
});
