import { signedInUser } from '../../../test/support/accounts/factories';
import { startTestStack, type TestStack } from '../../../test/support/test-stack';
import { startTestWorker, type TestWorker } from '../../../test/support/test-worker';
import { waitFor } from '../../../test/support/wait-for';
import type { EventDefinition } from '../../../platform/events/event-definition';
import { publish } from '../../../platform/events/publish';
import { ListingAvailabilityChanged } from '../../../contracts/events/bookings';
import { ListingRatingChanged } from '../../../contracts/events/reviews';
import { allPages, insertListings, uniqueCity } from './search-support';

let stack: TestStack;
let worker: TestWorker;
let token: string;
beforeAll(async () => {
  stack = await startTestStack();
  worker = await startTestWorker();
  // Signed in, so searches skip the anonymous cache and see each projection change at once.
  token = (await signedInUser(stack.client)).token;
});
afterAll(async () => {
  await worker?.stop();
  await stack?.stop();
});

/** As the producer will: in a transaction, through the kernel's publish(). */
async function announce<E extends EventDefinition>(
  event: E,
  payload: Parameters<typeof publish<E['payload']>>[2],
): Promise<void> {
  await stack
    .subgraph('listings')
    .orm.em.fork()
    .transactional((tx) => publish(tx, event, payload));
}

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

describe('available for the whole stay (listing.availability_changed)', () => {
  it('hides listings with any occupied night in the stay, keeps the newest snapshot only', async () => {
    const city = uniqueCity();
    const [busy, free] = await insertListings(stack.subgraph('listings').orm.em.fork(), [
      { address: { city }, minNights: 1 },
      { address: { city }, minNights: 1 },
    ]);
    const available = (checkIn: number, checkOut: number) =>
      allPages(stack.client, { filter: { city, stay: { checkIn: day(checkIn), checkOut: day(checkOut) } } }, 50, token);
    expect(await available(30, 33)).toEqual([free, busy]);

    await announce(ListingAvailabilityChanged, {
      listingId: busy,
      sequence: 2,
      occupied: [
        { from: day(30), to: day(35) },
        { from: day(40), to: day(41) },
      ],
    });
    await waitFor(async () => (await available(32, 34)).length === 1, { what: 'the occupied nights to count' });
    expect(await available(32, 34)).toEqual([free]);
    expect(await available(28, 31)).toEqual([free]);
    // Half-open: the check-out day is free for the next guest.
    expect(await available(35, 37)).toEqual([free, busy]);
    expect(await available(40, 42)).toEqual([free]);

    await announce(ListingAvailabilityChanged, { listingId: busy, sequence: 1, occupied: [] });
    await announce(ListingAvailabilityChanged, {
      listingId: busy,
      sequence: 3,
      occupied: [{ from: day(40), to: day(41) }],
    });
    await waitFor(async () => (await available(32, 34)).length === 2, {
      what: 'the newer snapshot to free the nights',
    });
    expect(await available(40, 41)).toEqual([free]);
  });

  it('leaves out listings whose minimum or maximum nights the stay does not fit', async () => {
    const city = uniqueCity();
    const [short, long] = await insertListings(stack.subgraph('listings').orm.em.fork(), [
      { address: { city }, minNights: 1, maxNights: 3 },
      { address: { city }, minNights: 5, maxNights: 30 },
    ]);
    const fits = (nights: number) =>
      allPages(stack.client, { filter: { city, stay: { checkIn: day(10), checkOut: day(10 + nights) } } }, 50, token);
    expect(await fits(2)).toEqual([short]);
    expect(await fits(7)).toEqual([long]);
  });
});

describe('ratings (listing.rating_changed)', () => {
  it('filters by minimum rating and sorts by rating, unrated last, keeping the newest figure', async () => {
    const city = uniqueCity();
    const [good, fair, unrated] = await insertListings(stack.subgraph('listings').orm.em.fork(), [
      { address: { city } },
      { address: { city } },
      { address: { city } },
    ]);
    await announce(ListingRatingChanged, { listingId: good, sequence: 4, averageRating: 4.8, reviewCount: 12 });
    await announce(ListingRatingChanged, { listingId: fair, sequence: 1, averageRating: 3.9, reviewCount: 3 });
    await announce(ListingRatingChanged, { listingId: good, sequence: 3, averageRating: 1, reviewCount: 11 });
    const rated = () => allPages(stack.client, { filter: { city, minRating: 3.5 } }, 50, token);
    await waitFor(async () => (await rated()).length === 2, { what: 'both ratings to arrive' });
    await waitFor(
      async () => {
        const inbox = await stack
          .subgraph('listings')
          .orm.em.fork()
          .execute(
            `select 1 from listings.inbox where handler = 'listings.record_rating' and event_id in (select id from events.log where payload->>'listingId' = ?)`,
            [good],
          );
        return inbox.length === 2;
      },
      { what: 'the late, older rating to be handled' },
    );
    expect(await allPages(stack.client, { filter: { city, minRating: 4.5 } }, 50, token)).toEqual([good]);
    expect(await allPages(stack.client, { filter: { city }, sort: 'RATING' }, 1, token)).toEqual([good, fair, unrated]);
  });

  it('compares minRating with the figure users see and sorts by it, then by the number of reviews', async () => {
    const city = uniqueCity();
    const [shownAsHalf, justBelow, fewer, more] = await insertListings(stack.subgraph('listings').orm.em.fork(), [
      { address: { city } },
      { address: { city } },
      { address: { city } },
      { address: { city } },
    ]);
    // 89 / 20 = 4.45 is shown as 4.5; 4.44 is shown as 4.4.
    await announce(ListingRatingChanged, {
      listingId: shownAsHalf,
      sequence: 1,
      averageRating: 89 / 20,
      reviewCount: 20,
    });
    await announce(ListingRatingChanged, { listingId: justBelow, sequence: 1, averageRating: 4.44, reviewCount: 25 });
    // Both shown as 4.8: the one with more reviews first, although its exact average is lower.
    await announce(ListingRatingChanged, { listingId: fewer, sequence: 1, averageRating: 4.84, reviewCount: 3 });
    await announce(ListingRatingChanged, { listingId: more, sequence: 1, averageRating: 4.76, reviewCount: 10 });
    const atLeast = (minRating: number) => allPages(stack.client, { filter: { city, minRating } }, 50, token);
    await waitFor(async () => (await atLeast(1)).length === 4, { what: 'the four ratings to arrive' });

    expect(new Set(await atLeast(4.5))).toEqual(new Set([shownAsHalf, fewer, more]));
    expect(await atLeast(4.8)).toHaveLength(2);
    expect(await atLeast(4.9)).toEqual([]);
    expect(await allPages(stack.client, { filter: { city }, sort: 'RATING' }, 1, token)).toEqual([
      more,
      fewer,
      shownAsHalf,
      justBelow,
    ]);
  });

  it('drops a listing whose only review was hidden (no rating any more) from minRating and to the end of the rating sort', async () => {
    const city = uniqueCity();
    const [hidden, rated, never] = await insertListings(stack.subgraph('listings').orm.em.fork(), [
      { address: { city } },
      { address: { city } },
      { address: { city } },
    ]);
    await announce(ListingRatingChanged, { listingId: hidden, sequence: 1, averageRating: 5, reviewCount: 1 });
    await announce(ListingRatingChanged, { listingId: rated, sequence: 1, averageRating: 2, reviewCount: 1 });
    const rating = () => allPages(stack.client, { filter: { city }, sort: 'RATING' }, 1, token);
    await waitFor(async () => (await rating())[0] === hidden, { what: 'both ratings to arrive' });
    expect(await rating()).toEqual([hidden, rated, never]);

    await announce(ListingRatingChanged, { listingId: hidden, sequence: 2, averageRating: null, reviewCount: 0 });
    await waitFor(async () => (await rating())[0] === rated, { what: 'the rating to go' });
    expect(await allPages(stack.client, { filter: { city, minRating: 1 } }, 50, token)).toEqual([rated]);
    // Unrated ones keep the rating sort's tie order (id, descending) whether or not they were ever rated.
    expect((await rating()).slice(1).sort()).toEqual([hidden, never].sort());
  });
});
