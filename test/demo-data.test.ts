import { randomUUID } from 'node:crypto';
import { dropDatabase, ensureDatabase } from '../scripts/database';
import { migrateAll, startStack, type Stack } from '../scripts/stack';
import { loadConfig, type Config } from '../platform/runtime/config';
import { DEMO_USER_IDS } from '../contracts/demo-users';
import { createLogger } from '../platform/runtime/logger';
import { Listing } from '../subgraphs/listings/listing/listing.entity';
import { ListingStatus } from '../subgraphs/listings/listing/listing.enums';
import { validateListingUpdate } from '../subgraphs/listings/listing/listing.validation';
import { places as DEMO_PLACES } from '../demo/places.json';
import { stays as DEMO_STAYS } from '../demo/reviews.json';
import { users as DEMO_USERS } from '../demo/users.json';
import { demoRatings } from '../subgraphs/listings/seed/demo-ratings';
import { allPages } from '../subgraphs/listings/test/search-support';
import {
  ListingAvailabilityDocument,
  ListingReviewsDocument,
  SearchWithHostsDocument,
} from './support/generated/graphql';
import { GraphQLClient, ofType } from './support/graphql-client';
import { waitFor } from './support/wait-for';

// Demo data goes into an empty database, and the run's shared one never is: this file makes its own.
const runDatabase = new URL(process.env.DATABASE_URL as string);
const databaseName = `${runDatabase.pathname.slice(1)}_demo`;
const adminUrl = Object.assign(new URL(runDatabase), { pathname: '/postgres' }).toString();

let config: Config;
let stack: Stack;
const emOf = (name: string) => stack.subgraphs.find((s) => s.name === name)!.orm.em.fork();
const listingsEm = () => emOf('listings');
const seed = () => migrateAll(config, createLogger({ level: 'silent', name: 'seed' }), { seed: true });

async function published(): Promise<{ listingId: string; hostId: string }[]> {
  return listingsEm().execute(
    `select payload->>'listingId' as "listingId", payload->>'hostId' as "hostId" from events.log where name = 'listing.published'`,
  );
}

beforeAll(async () => {
  const databaseUrl = await ensureDatabase(adminUrl, databaseName);
  config = loadConfig({ ...process.env, DATABASE_URL: databaseUrl, REDIS_KEY_PREFIX: `test:${randomUUID()}:` });
  await seed();
  stack = await startStack({ config, freePorts: true, withWorker: true });
}, 120_000);

afterAll(async () => {
  await stack?.stop();
  await dropDatabase(adminUrl, databaseName);
});

describe('demo data', () => {
  it("is the demo host's published listings, each one valid as the API would take it", async () => {
    const listings = await listingsEm().find(Listing, {});
    expect(listings).toHaveLength(DEMO_PLACES.length);
    expect(new Set(listings.map((l) => l.hostId))).toEqual(new Set([DEMO_USER_IDS.host]));
    expect(listings.every((l) => l.status === ListingStatus.PUBLISHED && l.publishedAt !== null)).toBe(true);
    expect(listings.filter((l) => !validateListingUpdate(l, {}).ok).map((l) => l.title)).toEqual([]);
    expect(listings.map((l) => l.currency)).toEqual(expect.arrayContaining(['USD', 'EUR', 'KES', 'JPY']));
    expect(new Set(listings.map((l) => l.address.country)).size).toBeGreaterThan(20);
  });

  it('announces each listing once as listing.published', async () => {
    const events = await published();
    const ids = (await listingsEm().find(Listing, {})).map((l) => l.id);
    expect(events.map((e) => e.listingId).sort()).toEqual(ids.sort());
    expect(new Set(events.map((e) => e.hostId))).toEqual(new Set([DEMO_USER_IDS.host]));
  });

  it('is loaded once: seeding again adds no listing and no event', async () => {
    await seed();
    expect(await listingsEm().count(Listing, {})).toBe(DEMO_PLACES.length);
    expect(await published()).toHaveLength(DEMO_PLACES.length);
  });

  it('fits together across subgraphs: search finds the host by name, bookings knows the listing', async () => {
    const client = new GraphQLClient(stack.gateway.url);
    const { searchListings } = await client.data(SearchWithHostsDocument, {
      variables: { filter: { query: 'Kyoto machiya' }, first: 1 },
    });
    const { edges } = ofType(searchListings, 'ListingSearchConnection');
    expect(edges.map((e) => e.node)).toEqual([
      expect.objectContaining({
        title: 'Machiya townhouse in Gion, Kyoto',
        host: expect.objectContaining({ displayName: 'Hugo Host' }),
      }),
    ]);

    const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
    // Null until the worker has delivered listing.published to bookings' projection.
    const days = await waitFor(
      async () => {
        const variables = { id: edges[0].node.id, from: day(1), to: day(8) };
        const { listing } = await client.data(ListingAvailabilityDocument, { variables });
        return listing?.availability ?? undefined;
      },
      { timeoutMs: 30_000, what: 'bookings to project the published demo listing' },
    );
    expect(days).toHaveLength(7);
  });

  it('gives the demo guests completed stays and the places they reviewed a rating that search uses', async () => {
    const bookings = await emOf('bookings').execute<{ id: string; listing_id: string; status: string }[]>(
      'select id, listing_id, status from bookings.bookings order by id',
    );
    expect(bookings.map((b) => b.id)).toEqual(DEMO_STAYS.map((s) => s.bookingId).sort());
    expect(new Set(bookings.map((b) => b.status))).toEqual(new Set(['COMPLETED']));

    const ratings = await listingsEm().execute<{ listing_id: string; average_rating: number; review_count: number }[]>(
      'select listing_id, average_rating, review_count from listings.listing_ratings',
    );
    const expected = demoRatings();
    expect(ratings).toHaveLength(expected.length);
    expect(ratings).toEqual(
      expect.arrayContaining(
        expected.map((r) =>
          expect.objectContaining({
            listing_id: r.listingId,
            average_rating: r.averageRating,
            review_count: r.reviewCount,
          }),
        ),
      ),
    );
    // Every reviewed place is one the guests booked.
    expect(new Set(bookings.map((b) => b.listing_id))).toEqual(new Set(expected.map((r) => r.listingId)));

    const client = new GraphQLClient(stack.gateway.url);
    const titles = new Map((await listingsEm().find(Listing, {})).map((l) => [l.id, l.title]));
    const byRating = await allPages(client, { filter: { minRating: 4.5 }, sort: 'RATING' }, 50);
    expect(byRating.map((id) => titles.get(id))).toEqual([
      'Beachfront villa with pool in Diani',
      'Machiya townhouse in Gion, Kyoto',
    ]);
    const firstPage = await allPages(client, { filter: {}, sort: 'RATING' }, 50);
    expect(firstPage.slice(0, expected.length).sort()).toEqual(expected.map((r) => r.listingId).sort());
  });

  it("gives reviews the same aggregates as listings' rating projection, and the places their published reviews", async () => {
    type Figures = { listingId: string; sequence: number; count: number; average: number };
    const byListing = (a: Figures, b: Figures) => a.listingId.localeCompare(b.listingId);
    const aggregates = await emOf('reviews').execute<
      { listing_id: string; sequence: string; review_count: number; rating_sum: number }[]
    >('select listing_id, sequence, review_count, rating_sum from reviews.listing_ratings');
    const projection = await listingsEm().execute<
      { listing_id: string; sequence: string; average_rating: number; review_count: number }[]
    >('select listing_id, sequence, average_rating, review_count from listings.listing_ratings');
    const fromReviews = aggregates.map((r) => ({
      listingId: r.listing_id,
      sequence: Number(r.sequence),
      count: r.review_count,
      average: r.rating_sum / r.review_count,
    }));
    const fromListings = projection.map((r) => ({
      listingId: r.listing_id,
      sequence: Number(r.sequence),
      count: r.review_count,
      average: r.average_rating,
    }));
    expect(fromReviews.sort(byListing)).toEqual(fromListings.sort(byListing));
    // Seeded once (the file seeded twice above): each stay's guest review, and the host's where written.
    const [{ count }] = await emOf('reviews').execute<{ count: string }[]>(
      'select count(*) as count from reviews.reviews',
    );
    expect(Number(count)).toBe(DEMO_STAYS.length + DEMO_STAYS.filter((s) => 'hostReview' in s).length);
    // Nothing announced: the sequences agree, so reviews' next change is the next one listings takes.
    expect(
      await emOf('reviews').execute(
        `select 1 from events.log where name like 'review%' or name = 'listing.rating_changed'`,
      ),
    ).toEqual([]);

    const kyoto = DEMO_PLACES.find((p) => p.title === 'Machiya townhouse in Gion, Kyoto')!;
    const { listing } = await new GraphQLClient(stack.gateway.url).data(ListingReviewsDocument, {
      variables: { listingId: kyoto.id, sort: 'HIGHEST' },
    });
    const written = DEMO_STAYS.filter((s) => s.place === kyoto.title);
    expect(listing?.rating).toMatchObject({ reviewCount: written.length });
    expect(listing?.reviews.edges.map((e) => e.node)).toEqual(
      written.map((s) =>
        expect.objectContaining({
          published: true,
          rating: s.review.rating,
          text: s.review.body,
          privateNote: null,
          author: expect.objectContaining({ id: DEMO_USERS.find((u) => u.key === s.guest)!.id }),
        }),
      ),
    );
  });
});
