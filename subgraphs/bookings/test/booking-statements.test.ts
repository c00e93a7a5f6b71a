import { signedInVerifiedUser } from '../../../test/support/accounts/factories';
import { asHost, createPublishedListing } from '../../../test/support/listings/factories';
import { countStatements } from '../../../test/support/sql-counter';
import { useStackWithWorker } from '../../../test/support/stack-with-worker';
import { waitFor } from '../../../test/support/wait-for';
import { book, daysFromNow, eventsAbout, waitForTerms } from './bookings-support';

/**
 * What one createBooking costs the bookings database, counted on its connection (statements are
 * deterministic, timings are not: speed is bench/booking.ts's). Down from 19 before issue 19: the
 * calendar lock is one upsert, the hold's insert bumps the calendar version, the event and all jobs
 * go out in one statement, and the availability snapshot is a job after commit.
 */
const CREATE_BOOKING_STATEMENTS = 11;

const running = useStackWithWorker();
const accountsEm = () => running.stack.subgraph('accounts').orm.em.fork();
const bookingsEm = () => running.stack.subgraph('bookings').orm.em.fork();
const listingsEm = () => running.stack.subgraph('listings').orm.em.fork();

async function listingWithGuest() {
  const host = await asHost(running.stack.client, await signedInVerifiedUser(running.stack.client, accountsEm()));
  const listing = await createPublishedListing(running.stack.client, host.token, { instantBook: true });
  await waitForTerms(bookingsEm, listing.id);
  const guest = await signedInVerifiedUser(running.stack.client, accountsEm());
  return { listing, guest };
}

describe('createBooking cost', () => {
  it(`sends at most ${CREATE_BOOKING_STATEMENTS} statements to the bookings database`, async () => {
    const { listing, guest } = await listingWithGuest();
    let typename: string | undefined;
    const statements = await countStatements(running.stack.subgraph('bookings').orm, async () => {
      const stay = { listingId: listing.id, checkIn: daysFromNow(5), checkOut: daysFromNow(7) };
      typename = (await book(running.stack.client, guest.token, stay)).__typename;
    });
    expect(typename).toBe('BookingCreated');
    expect(statements).toBeLessThanOrEqual(CREATE_BOOKING_STATEMENTS);
  });

  it("publishes the listing's availability after the booking commits, and search's projection converges", async () => {
    const { listing, guest } = await listingWithGuest();
    const stays = [
      { checkIn: daysFromNow(10), checkOut: daysFromNow(12) },
      { checkIn: daysFromNow(12), checkOut: daysFromNow(14) },
      { checkIn: daysFromNow(20), checkOut: daysFromNow(22) },
    ];
    const outcomes = await Promise.all(
      stays.map(
        async (stay) => (await book(running.stack.client, guest.token, { listingId: listing.id, ...stay })).__typename,
      ),
    );
    expect(outcomes).toEqual(['BookingCreated', 'BookingCreated', 'BookingCreated']);
    const expected = [
      { from: daysFromNow(10), to: daysFromNow(14) },
      { from: daysFromNow(20), to: daysFromNow(22) },
    ];

    const [calendar] = await bookingsEm().execute<{ version: number }[]>(
      'select version from bookings.calendars where listing_id = ?',
      [listing.id],
    );
    const newest = await waitFor(
      async () => {
        const announced = await eventsAbout(bookingsEm(), 'listing.availability_changed', 'listingId', listing.id);
        return announced.find((e) => e.sequence === calendar.version);
      },
      { what: 'the snapshot of the last booking' },
    );
    expect(newest.occupied).toEqual(expected);
    await waitFor(
      async () => {
        const [row] = await listingsEm().execute<{ sequence: number; occupied: string }[]>(
          'select sequence, occupied::text as occupied from listings.listing_availability where listing_id = ?',
          [listing.id],
        );
        return row?.sequence === calendar.version && row;
      },
      { what: "search's availability projection" },
    ).then((row) => expect(row.occupied).toBe(`{${expected.map((range) => `[${range.from},${range.to})`).join(',')}}`));
  });
});
