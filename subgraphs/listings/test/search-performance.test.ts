import { signedInVerifiedUser } from '../../../test/support/accounts/factories';
import { countStatements } from '../../../test/support/sql-counter';
import { callSubgraph } from '../../../test/support/subgraph-client';
import { startTestStack, type TestStack } from '../../../test/support/test-stack';
import { newId } from '../../../platform/graphql/ids';
import { orderOf } from '../search/search-order';
import { ListingSearchSort } from '../search/search.inputs';
import { searchStatement } from '../search/search.sql';
import { publicCoordinateSql } from '../migrations/Migration20261202090000PublicLocation';
import { validateSearch } from '../search/search.validation';
import { asHost } from '../../../test/support/listings/factories';
import { SearchWithHostsDocument } from '../../../test/support/generated/graphql';
import { unboundedParts, type PlanNode } from '../../../test/support/listings/search-plans';
import { allPages, insertListings, uniqueCity } from './search-support';

const SEEDED = 20_000;
const PROJECTION_TABLES = ['listings', 'listing_availability', 'listing_ratings', 'host_standings'];

let stack: TestStack;
const em = () => stack.subgraph('listings').orm.em.fork();

/** Seeding maintains every search index: on a loaded machine that can outlast the serving statement timeout. */
const seeding = (sql: string) =>
  em().transactional(async (tx) => {
    await tx.execute('set local statement_timeout = 0');
    await tx.execute(sql);
  });

beforeAll(async () => {
  stack = await startTestStack();
  // Enough rows, spread over the world, prices, kinds and projections, that a sequential scan costs more than an index.
  await seeding(`
    insert into listings.listings (id, host_id, status, title, description, property_type, room_type, address_street, address_city,
      address_region, address_postal_code, address_country, latitude, longitude, public_latitude, public_longitude, time_zone, capacity_guests, capacity_bedrooms,
      capacity_beds, capacity_bathrooms, amenities, house_rules, check_in_time, check_out_time, currency, nightly_price_minor,
      cleaning_fee_minor, min_nights, max_nights, instant_book, cancellation_policy, version, created_at, updated_at, published_at)
    select gen_random_uuid(), ('00000000-0000-7000-8000-' || lpad(to_hex(i % 2000), 12, '0'))::uuid,
      case when i % 10 = 0 then 'DRAFT' else 'PUBLISHED' end,
      (array['Cosy', 'Bright', 'Quiet', 'Rustic', 'Modern'])[1 + i % 5] || ' ' || (array['loft', 'cabin', 'villa', 'flat', 'cottage', 'houseboat'])[1 + i % 6] || ' ' || i,
      'A seeded place number ' || i || ' with ' || (array['garden', 'terrace', 'fireplace', 'harbour view', 'mountain view'])[1 + i % 5] || ', near landmark' || (i % 997) || '.',
      (array['APARTMENT', 'HOUSE', 'VILLA', 'CABIN', 'LOFT'])[1 + i % 5], (array['ENTIRE_PLACE', 'PRIVATE_ROOM', 'SHARED_ROOM'])[1 + i % 3],
      'Seed street', 'Seedcity ' || (i % 500), null, null, (array['PT', 'ES', 'FR', 'IT', 'DE', 'KE', 'JP', 'US', 'BR', 'AU'])[1 + i % 10],
      p.latitude, p.longitude, ${publicCoordinateSql('latitude')}, ${publicCoordinateSql('longitude')}, 'Europe/Lisbon', 1 + i % 8, 1, 1, 1,
      string_to_array((array['WIFI', 'WIFI,KITCHEN', 'POOL,WIFI', 'HOT_TUB,POOL,WIFI', 'KITCHEN', '', 'GYM', 'TV'])[1 + i % 8], ','),
      '', '15:00', '11:00', (array['EUR', 'USD', 'GBP', 'JPY'])[1 + i % 4], 1000 + (i * 37 % 50000), 0, 1 + i % 3, 30, i % 2 = 0,
      'FLEXIBLE', 1, now(), now(), now() - (i || ' minutes')::interval
    from generate_series(1, ${SEEDED}) as i,
      lateral (select -60 + (i * 7919 % 12000) / 100.0 as latitude, -180 + (i * 104729 % 36000) / 100.0 as longitude) p`);
  await seeding(`
    insert into listings.listing_availability (listing_id, sequence, occupied)
    select id, 1, datemultirange(daterange(current_date + (abs(hashtext(id::text)) % 60), current_date + (abs(hashtext(id::text)) % 60) + 5))
    from listings.listings where address_street = 'Seed street' and hashtext(id::text) % 2 = 0`);
  await seeding(`
    insert into listings.listing_ratings (listing_id, sequence, average_rating, review_count)
    select id, 1, 1 + (abs(hashtext(id::text)) % 400) / 100.0, 1 + abs(hashtext(id::text)) % 50
    from listings.listings where address_street = 'Seed street' and hashtext(id::text) % 3 = 0`);
  await seeding(`
    insert into listings.host_standings (host_id, suspended, event_id)
    select ('00000000-0000-7000-8000-' || lpad(to_hex(i), 12, '0'))::uuid, i % 100 = 0, gen_random_uuid() from generate_series(0, 1999) as i
    on conflict do nothing`);
  for (const table of PROJECTION_TABLES) await seeding(`analyze listings.${table}`);
}, 120_000);

afterAll(async () => {
  await em().execute(
    `delete from listings.listing_availability where listing_id in (select id from listings.listings where address_street = 'Seed street')`,
  );
  await em().execute(
    `delete from listings.listing_ratings where listing_id in (select id from listings.listings where address_street = 'Seed street')`,
  );
  await em().execute(`delete from listings.listings where address_street = 'Seed street'`);
  await stack?.stop();
});

/** Run, so a sort is judged by the rows it really ordered. */
async function unbounded(filter: Record<string, unknown>, sort: ListingSearchSort): Promise<string[]> {
  const valid = validateSearch({ filter, sort }, new Date().toISOString().slice(0, 10));
  if (!valid.ok) throw new Error(JSON.stringify(valid.error.fieldErrors));
  const { sql, params } = searchStatement(valid.value.criteria, orderOf(valid.value), null, 21);
  const [row] = await em().execute<{ 'QUERY PLAN': { Plan: PlanNode }[] }[]>(
    `explain (analyze, format json) ${sql}`,
    params,
  );
  return unboundedParts(row['QUERY PLAN'][0].Plan);
}

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe('search plans over many listings', () => {
  it.each([
    ['newest first, no filter', {}, ListingSearchSort.NEWEST],
    ['text, by relevance', { query: 'fireplace landmark513' }, ListingSearchSort.RELEVANCE],
    ['text matching thousands, by relevance', { query: 'fireplace' }, ListingSearchSort.RELEVANCE],
    ['city', { city: 'seedcity 42' }, ListingSearchSort.NEWEST],
    ['country and guests', { country: 'KE', guests: 6 }, ListingSearchSort.NEWEST],
    ['map rectangle', { boundingBox: { south: 38, west: -10, north: 40, east: -8 } }, ListingSearchSort.NEWEST],
    [
      'map box matching thousands, newest first',
      { boundingBox: { south: -60, west: -180, north: 60, east: 0 } },
      ListingSearchSort.NEWEST,
    ],
    [
      'map box matching thousands, cheapest first',
      { boundingBox: { south: -60, west: -180, north: 60, east: 0 }, price: { currency: 'EUR' } },
      ListingSearchSort.PRICE_ASC,
    ],
    ['radius, by distance', { near: { latitude: 38.7, longitude: -9.1, radiusKm: 100 } }, ListingSearchSort.DISTANCE],
    ['widest radius, by distance', { near: { latitude: 0, longitude: 0, radiusKm: 500 } }, ListingSearchSort.DISTANCE],
    [
      'price range, cheapest first',
      { price: { currency: 'JPY', min: '1000', max: '2000' } },
      ListingSearchSort.PRICE_ASC,
    ],
    ['price, dearest first', { price: { currency: 'GBP' } }, ListingSearchSort.PRICE_DESC],
    ['amenities', { amenities: ['HOT_TUB', 'POOL'], country: 'IT' }, ListingSearchSort.NEWEST],
    [
      'kinds and instant book',
      { propertyTypes: ['VILLA'], roomTypes: ['SHARED_ROOM'], instantBook: true },
      ListingSearchSort.NEWEST,
    ],
    [
      'available for a stay in a city',
      { city: 'Seedcity 7', stay: { checkIn: inDays(10), checkOut: inDays(14) } },
      ListingSearchSort.NEWEST,
    ],
    ['minimum rating, best first', { minRating: 4.9 }, ListingSearchSort.RATING],
    ['minimum rating met by thousands, best first', { minRating: 2 }, ListingSearchSort.RATING],
    ['a country, best rated first', { country: 'JP' }, ListingSearchSort.RATING],
  ])('%s: no sequential scan, no sort over every match', async (_what, filter, sort) => {
    expect(await unbounded(filter, sort)).toEqual([]);
  });
});

describe('SQL statements per operation', () => {
  it('are as many for a search page of 50 with hosts as for a page of 5', async () => {
    const hosts: { id: string; token: string }[] = [];
    for (let i = 0; i < 3; i += 1)
      hosts.push(
        await asHost(stack.client, await signedInVerifiedUser(stack.client, stack.subgraph('accounts').orm.em.fork())),
      );
    const city = uniqueCity();
    await insertListings(
      em(),
      Array.from({ length: 60 }, (_, i) => ({ hostId: hosts[i % 3].id, address: { city } })),
    );
    const statements = async (first: number) => {
      const [listings, accounts] = [stack.subgraph('listings').orm, stack.subgraph('accounts').orm];
      let total = 0;
      total += await countStatements(listings, async () => {
        total += await countStatements(accounts, () =>
          stack.client.data(SearchWithHostsDocument, { token: hosts[0].token, variables: { filter: { city }, first } }),
        );
      });
      return total;
    };
    expect(await allPages(stack.client, { filter: { city } }, 50, hosts[0].token)).toHaveLength(60);
    const small = await statements(5);
    expect(await statements(50)).toBe(small);
  });

  it("are as many for the listings of five users as for one user's (User.listings)", async () => {
    const hostIds = Array.from({ length: 6 }, () => newId());
    await insertListings(
      em(),
      hostIds.flatMap((hostId) => [{ hostId }, { hostId }, { hostId }]),
    );
    const subgraph = stack.subgraph('listings');
    const query = /* GraphQL */ `
      query Hosts($representations: [_Any!]!) {
        _entities(representations: $representations) {
          ... on User {
            listings(first: 2) {
              edges {
                node {
                  id
                }
              }
              pageInfo {
                hasNextPage
              }
            }
          }
        }
      }
    `;
    const listingsOf = async (ids: string[]) => {
      let body:
        { data: { _entities: { listings: { edges: unknown[]; pageInfo: { hasNextPage: boolean } } }[] } } | undefined;
      const statements = await countStatements(subgraph.orm, async () => {
        const response = await callSubgraph(subgraph.url, {
          query,
          variables: { representations: ids.map((id) => ({ __typename: 'User', id })) },
        });
        body = (await response.json()) as typeof body;
      });
      return {
        statements,
        pages: body?.data._entities.map((e) => [e.listings.edges.length, e.listings.pageInfo.hasNextPage]),
      };
    };
    // Different hosts each time, so both reads find the listing cache equally cold.
    const one = await listingsOf(hostIds.slice(0, 1));
    const five = await listingsOf(hostIds.slice(1));
    expect(five.pages).toEqual(hostIds.slice(1).map(() => [2, true]));
    expect(five.statements).toBe(one.statements);
  });
});
