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
import { ListingAvailabilityDocument, SearchWithHostsDocument } from './support/generated/graphql';
import { GraphQLClient, ofType } from './support/graphql-client';
import { waitFor } from './support/wait-for';

// Demo data goes into an empty database, and the run's shared one never is: this file makes its own.
const runDatabase = new URL(process.env.DATABASE_URL as string);
const databaseName = `${runDatabase.pathname.slice(1)}_demo`;
const adminUrl = Object.assign(new URL(runDatabase), { pathname: '/postgres' }).toString();

let config: Config;
let stack: Stack;
const listingsEm = () => stack.subgraphs.find((s) => s.name === 'listings')!.orm.em.fork();
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
});
