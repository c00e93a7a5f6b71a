import { signedInAdmin, signedInVerifiedUser } from '../../../test/support/accounts/factories';
import { asHost, createPublishedListing } from '../../../test/support/listings/factories';
import { useStackWithWorker } from '../../../test/support/stack-with-worker';
import { booked, changeBooking, daysFromNow, eventsAbout, waitForTerms } from './bookings-support';
import { CALENDAR, calendarChangeDocument, QUOTE, type Outcome } from './operations';

const running = useStackWithWorker();

const accountsEm = () => running.stack.subgraph('accounts').orm.em.fork();
const bookingsEm = () => running.stack.subgraph('bookings').orm.em.fork();

type Day = {
  date: string;
  status: string;
  bookable: boolean;
  price: { amountMinor: number };
  priceOverridden: boolean;
  note: string | null;
};
type CalendarData = {
  listing: {
    calendar: { version: number; days: Day[] } | null;
    availability: { date: string; available: boolean }[] | null;
  };
};

const change = async (
  token: string,
  mutation: 'blockDates' | 'unblockDates' | 'setNightlyPrice' | 'updateCalendarSettings',
  input: Record<string, unknown>,
) => {
  const type = {
    blockDates: 'BlockDatesInput',
    unblockDates: 'UnblockDatesInput',
    setNightlyPrice: 'SetNightlyPriceInput',
    updateCalendarSettings: 'CalendarSettingsInput',
  }[mutation];
  const { result } = await running.stack.client.data<{ result: Outcome & { version?: number } }>(
    calendarChangeDocument(mutation, type),
    { token, variables: { input } },
  );
  return result;
};

async function setUp() {
  const host = await asHost(running.stack.client, await signedInVerifiedUser(running.stack.client, accountsEm()));
  const listing = await createPublishedListing(running.stack.client, host.token, {
    nightlyPrice: '100',
    cleaningFee: '0',
  });
  await waitForTerms(bookingsEm, listing.id);
  const calendar = (token: string | undefined, from = daysFromNow(1), to = daysFromNow(15)) =>
    running.stack.client.data<CalendarData>(CALENDAR, { token, variables: { id: listing.id, from, to } });
  return { host, listing, calendar };
}

describe("a listing's calendar", () => {
  it('lets its host block, unblock and price nights, refusing a stale version; guests see only availability', async () => {
    const { host, listing, calendar } = await setUp();
    const { version } = (await calendar(host.token)).listing.calendar as { version: number };
    const blocked = await change(host.token, 'blockDates', {
      listingId: listing.id,
      expectedVersion: version,
      from: daysFromNow(5),
      to: daysFromNow(8),
      note: 'Painting',
    });
    expect(blocked).toMatchObject({ __typename: 'CalendarChanged', version: version + 1 });
    const stale = await change(host.token, 'blockDates', {
      listingId: listing.id,
      expectedVersion: version,
      from: daysFromNow(9),
      to: daysFromNow(10),
    });
    expect(stale).toMatchObject({ code: 'BOOKING.STALE_CALENDAR_VERSION', currentVersion: version + 1 });

    const priced = await change(host.token, 'setNightlyPrice', {
      listingId: listing.id,
      expectedVersion: version + 1,
      from: daysFromNow(10),
      to: daysFromNow(12),
      price: '150',
    });
    expect(priced.version).toBe(version + 2);
    const unblocked = await change(host.token, 'unblockDates', {
      listingId: listing.id,
      expectedVersion: version + 2,
      from: daysFromNow(6),
      to: daysFromNow(7),
    });
    expect(unblocked.version).toBe(version + 3);

    const { listing: seen } = await calendar(host.token);
    const day = (n: number) => seen.calendar?.days.find((d) => d.date === daysFromNow(n)) as Day;
    expect([5, 6, 7, 8].map((n) => [day(n).status, day(n).note])).toEqual([
      ['BLOCKED', 'Painting'],
      ['AVAILABLE', null],
      ['BLOCKED', 'Painting'],
      ['AVAILABLE', null],
    ]);
    expect([9, 10, 11, 12].map((n) => [day(n).price.amountMinor, day(n).priceOverridden])).toEqual([
      [10000, false],
      [15000, true],
      [15000, true],
      [10000, false],
    ]);
    expect(seen.availability?.find((d) => d.date === daysFromNow(5))).toEqual({
      date: daysFromNow(5),
      available: false,
    });

    const guest = await signedInVerifiedUser(running.stack.client, accountsEm());
    const asGuest = await calendar(guest.token);
    expect(asGuest.listing.calendar).toBeNull();
    // Tomorrow is bookable with the default notice of one day; the blocked nights are not.
    expect(asGuest.listing.availability?.filter((d) => !d.available).map((d) => d.date)).toEqual([
      daysFromNow(5),
      daysFromNow(7),
    ]);
    const admin = await signedInAdmin(running.stack.client, accountsEm());
    expect((await calendar(admin.token)).listing.calendar?.version).toBe(version + 3);

    const { quote } = await running.stack.client.data<{
      quote: Outcome & { price?: { total: { amountMinor: number } } };
    }>(QUOTE, {
      variables: { listingId: listing.id, checkIn: daysFromNow(9), checkOut: daysFromNow(11), guests: 1 },
    });
    // 100 + 150, plus the 12 % service fee
    expect(quote.price?.total.amountMinor).toBe(28000);
  });

  it('refuses to block nights a booking holds, and announces every occupancy change with a rising sequence', async () => {
    const { host, listing, calendar } = await setUp();
    const guest = await signedInVerifiedUser(running.stack.client, accountsEm());
    const booking = await booked(running.stack.client, guest.token, {
      listingId: listing.id,
      checkIn: daysFromNow(3),
      checkOut: daysFromNow(5),
    });
    const { version } = (await calendar(host.token)).listing.calendar as { version: number };
    expect(
      (
        await change(host.token, 'blockDates', {
          listingId: listing.id,
          expectedVersion: version,
          from: daysFromNow(4),
          to: daysFromNow(6),
        })
      ).code,
    ).toBe('BOOKING.DATES_UNAVAILABLE');
    expect(
      (
        await change(host.token, 'blockDates', {
          listingId: listing.id,
          expectedVersion: version,
          from: daysFromNow(5),
          to: daysFromNow(7),
        })
      ).__typename,
    ).toBe('CalendarChanged');
    await changeBooking(running.stack.client, guest.token, 'cancelBooking', booking.id);

    const announced = await eventsAbout(bookingsEm(), 'listing.availability_changed', 'listingId', listing.id);
    expect(announced.map((e) => e.occupied)).toEqual([
      [{ from: daysFromNow(3), to: daysFromNow(5) }],
      [{ from: daysFromNow(3), to: daysFromNow(7) }],
      [{ from: daysFromNow(5), to: daysFromNow(7) }],
    ]);
    const sequences = announced.map((e) => e.sequence as number);
    expect(sequences).toEqual([...sequences].sort((a, b) => a - b));
    expect(new Set(sequences).size).toBe(3);
  });

  it('keeps others out of a calendar: another host gets CALENDAR_NOT_FOUND', async () => {
    const { listing } = await setUp();
    const stranger = await asHost(running.stack.client, await signedInVerifiedUser(running.stack.client, accountsEm()));
    const result = await change(stranger.token, 'blockDates', {
      listingId: listing.id,
      expectedVersion: 1,
      from: daysFromNow(5),
      to: daysFromNow(6),
    });
    expect(result.code).toBe('BOOKING.CALENDAR_NOT_FOUND');
  });

  it('applies advance notice and booking window settings', async () => {
    const { host, listing, calendar } = await setUp();
    const { version } = (await calendar(host.token)).listing.calendar as { version: number };
    expect(
      (
        await change(host.token, 'updateCalendarSettings', {
          listingId: listing.id,
          expectedVersion: version,
          advanceNoticeDays: 3,
          bookingWindowDays: 30,
        })
      ).__typename,
    ).toBe('CalendarChanged');
    const quote = async (checkIn: number, checkOut: number) =>
      (
        await running.stack.client.data<{ quote: Outcome }>(QUOTE, {
          variables: {
            listingId: listing.id,
            checkIn: daysFromNow(checkIn),
            checkOut: daysFromNow(checkOut),
            guests: 1,
          },
        })
      ).quote;
    expect((await quote(2, 4)).code).toBe('BOOKING.OUTSIDE_BOOKING_WINDOW');
    expect((await quote(3, 5)).__typename).toBe('Quote');
    expect((await quote(29, 31)).code).toBe('BOOKING.OUTSIDE_BOOKING_WINDOW');
    const days = (await calendar(host.token)).listing.availability ?? [];
    expect(days.filter((d) => d.available)[0].date).toBe(daysFromNow(3));
  });
});
