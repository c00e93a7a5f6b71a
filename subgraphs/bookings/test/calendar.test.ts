import { signedInAdmin, signedInVerifiedUser } from '../../../test/support/accounts/factories';
import { asHost, createPublishedListing } from '../../../test/support/listings/factories';
import { useStackWithWorker } from '../../../test/support/stack-with-worker';
import { waitFor } from '../../../test/support/wait-for';
import { booked, changeBooking, daysFromNow, eventsAbout, waitForTerms } from './bookings-support';
import {
  BlockDatesDocument,
  ListingAvailabilityDocument,
  ListingCalendarDocument,
  QuoteDocument,
  SetNightlyPriceDocument,
  UnblockDatesDocument,
  UpdateCalendarSettingsDocument,
  type BlockDatesInput,
  type CalendarSettingsInput,
  type SetNightlyPriceInput,
  type UnblockDatesInput,
} from '../../../test/support/generated/graphql';
import { codeOf, ofType, present } from '../../../test/support/graphql-client';

const running = useStackWithWorker();

const accountsEm = () => running.stack.subgraph('accounts').orm.em.fork();
const bookingsEm = () => running.stack.subgraph('bookings').orm.em.fork();

/** The calendar edits, each with its persisted operation. */
const edit = {
  blockDates: async (token: string, input: BlockDatesInput) =>
    (await running.stack.client.data(BlockDatesDocument, { token, variables: { input } })).blockDates,
  unblockDates: async (token: string, input: UnblockDatesInput) =>
    (await running.stack.client.data(UnblockDatesDocument, { token, variables: { input } })).unblockDates,
  setNightlyPrice: async (token: string, input: SetNightlyPriceInput) =>
    (await running.stack.client.data(SetNightlyPriceDocument, { token, variables: { input } })).setNightlyPrice,
  updateCalendarSettings: async (token: string, input: CalendarSettingsInput) =>
    (await running.stack.client.data(UpdateCalendarSettingsDocument, { token, variables: { input } }))
      .updateCalendarSettings,
};

async function setUp() {
  const host = await asHost(running.stack.client, await signedInVerifiedUser(running.stack.client, accountsEm()));
  const listing = await createPublishedListing(running.stack.client, host.token, {
    nightlyPrice: '100',
    cleaningFee: '0',
  });
  await waitForTerms(bookingsEm, listing.id);
  const window = { id: listing.id, from: daysFromNow(1), to: daysFromNow(15) };
  const calendar = async (token: string) =>
    (await running.stack.client.data(ListingCalendarDocument, { token, variables: window })).listing?.calendar;
  const availability = async (token: string) =>
    (await running.stack.client.data(ListingAvailabilityDocument, { token, variables: window })).listing?.availability;
  const version = async (token: string) => present(await calendar(token), 'the calendar').version;
  return { host, listing, calendar, availability, version };
}

describe("a listing's calendar", () => {
  it('lets its host block, unblock and price nights, refusing a stale version; guests see only availability', async () => {
    const { host, listing, calendar, availability, ...read } = await setUp();
    const version = await read.version(host.token);
    const blocked = await edit.blockDates(host.token, {
      listingId: listing.id,
      expectedVersion: version,
      from: daysFromNow(5),
      to: daysFromNow(8),
      note: 'Painting',
    });
    expect(blocked).toMatchObject({ __typename: 'CalendarChanged', version: version + 1 });
    const stale = await edit.blockDates(host.token, {
      listingId: listing.id,
      expectedVersion: version,
      from: daysFromNow(9),
      to: daysFromNow(10),
    });
    expect(stale).toMatchObject({ code: 'BOOKING.STALE_CALENDAR_VERSION', currentVersion: version + 1 });

    const priced = await edit.setNightlyPrice(host.token, {
      listingId: listing.id,
      expectedVersion: version + 1,
      from: daysFromNow(10),
      to: daysFromNow(12),
      price: '150',
    });
    expect(ofType(priced, 'CalendarChanged').version).toBe(version + 2);
    const unblocked = await edit.unblockDates(host.token, {
      listingId: listing.id,
      expectedVersion: version + 2,
      from: daysFromNow(6),
      to: daysFromNow(7),
    });
    expect(ofType(unblocked, 'CalendarChanged').version).toBe(version + 3);

    const seen = present(await calendar(host.token), "the host's calendar");
    const day = (n: number) =>
      present(
        seen.days.find((d) => d.date === daysFromNow(n)),
        `day ${n}`,
      );
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
    expect((await availability(host.token))?.find((d) => d.date === daysFromNow(5))).toEqual({
      date: daysFromNow(5),
      available: false,
    });

    const guest = await signedInVerifiedUser(running.stack.client, accountsEm());
    expect(await calendar(guest.token)).toBeNull();
    // Tomorrow is bookable with the default notice of one day; the blocked nights are not.
    expect((await availability(guest.token))?.filter((d) => !d.available).map((d) => d.date)).toEqual([
      daysFromNow(5),
      daysFromNow(7),
    ]);
    const admin = await signedInAdmin(running.stack.client, accountsEm());
    expect((await calendar(admin.token))?.version).toBe(version + 3);

    const { quote } = await running.stack.client.data(QuoteDocument, {
      variables: { listingId: listing.id, checkIn: daysFromNow(9), checkOut: daysFromNow(11), guests: 1 },
    });
    // 100 + 150, plus the 12 % service fee
    expect(ofType(quote, 'Quote').price.total.amountMinor).toBe(28000);
  });

  it('refuses to block nights a booking holds, and announces every occupancy change with a rising sequence', async () => {
    const { host, listing, ...read } = await setUp();
    const guest = await signedInVerifiedUser(running.stack.client, accountsEm());
    const booking = await booked(running.stack.client, guest.token, {
      listingId: listing.id,
      checkIn: daysFromNow(3),
      checkOut: daysFromNow(5),
    });
    // A booking's snapshot is published by a job after it commits; the host's edits publish in theirs.
    await waitFor(
      async () => (await eventsAbout(bookingsEm(), 'listing.availability_changed', 'listingId', listing.id)).length > 0,
      { what: "the booking's availability snapshot" },
    );
    const version = await read.version(host.token);
    expect(
      codeOf(
        await edit.blockDates(host.token, {
          listingId: listing.id,
          expectedVersion: version,
          from: daysFromNow(4),
          to: daysFromNow(6),
        }),
      ),
    ).toBe('BOOKING.DATES_UNAVAILABLE');
    expect(
      (
        await edit.blockDates(host.token, {
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
    const result = await edit.blockDates(stranger.token, {
      listingId: listing.id,
      expectedVersion: 1,
      from: daysFromNow(5),
      to: daysFromNow(6),
    });
    expect(codeOf(result)).toBe('BOOKING.CALENDAR_NOT_FOUND');
  });

  it('applies advance notice and booking window settings', async () => {
    const { host, listing, availability, ...read } = await setUp();
    const version = await read.version(host.token);
    expect(
      (
        await edit.updateCalendarSettings(host.token, {
          listingId: listing.id,
          expectedVersion: version,
          advanceNoticeDays: 3,
          bookingWindowDays: 30,
        })
      ).__typename,
    ).toBe('CalendarChanged');
    const quote = async (checkIn: number, checkOut: number) =>
      (
        await running.stack.client.data(QuoteDocument, {
          variables: {
            listingId: listing.id,
            checkIn: daysFromNow(checkIn),
            checkOut: daysFromNow(checkOut),
            guests: 1,
          },
        })
      ).quote;
    expect(codeOf(await quote(2, 4))).toBe('BOOKING.OUTSIDE_BOOKING_WINDOW');
    expect((await quote(3, 5)).__typename).toBe('Quote');
    expect(codeOf(await quote(29, 31))).toBe('BOOKING.OUTSIDE_BOOKING_WINDOW');
    const days = (await availability(host.token)) ?? [];
    expect(days.filter((d) => d.available)[0].date).toBe(daysFromNow(3));
  });
});
