import { startTestStack, type TestStack } from '../../../test/support/test-stack';
import { newId } from '../../../platform/graphql/ids';
import { ListingStatus } from '../listing/listing.enums';
import {
  SearchListingsDocument,
  type ListingSearchFilter,
  type ListingSearchSort,
  type SearchListingsQueryVariables,
} from '../../../test/support/generated/graphql';
import { ofType } from '../../../test/support/graphql-client';
import { allPages, insertListings, search, searchPage, uniqueCity } from './search-support';

let stack: TestStack;
let city: string;
const ids: Record<'surf' | 'cabin' | 'ocean' | 'budget', string> = { surf: '', cabin: '', ocean: '', budget: '' };
let hidden: string[];

beforeAll(async () => {
  stack = await startTestStack();
  city = uniqueCity();
  const em = stack.subgraph('listings').orm.em.fork();
  const place = (lat: number, lng: number) => ({ latitude: lat, longitude: lng, address: { city, country: 'PT' } });
  [ids.surf, ids.cabin, ids.ocean, ids.budget] = await insertListings(em, [
    {
      ...place(38.7, -9.4),
      title: 'Surf house by the ocean',
      propertyType: 'HOUSE',
      roomType: 'ENTIRE_PLACE',
      currency: 'EUR',
      nightlyPriceMinor: 10000,
      capacity: { guests: 4 },
      amenities: ['WIFI', 'POOL'],
      instantBook: true,
    },
    {
      ...place(38.8, -9.38),
      title: 'Quiet cabin in the hills',
      propertyType: 'CABIN',
      roomType: 'PRIVATE_ROOM',
      currency: 'EUR',
      nightlyPriceMinor: 8000,
      capacity: { guests: 2 },
      amenities: ['WIFI'],
      instantBook: false,
      description: 'Pine trees, birdsong and a wood stove; far from any crowd.',
    },
    {
      ...place(38.72, -9.14),
      title: 'Ocean view apartment',
      propertyType: 'APARTMENT',
      roomType: 'ENTIRE_PLACE',
      currency: 'EUR',
      nightlyPriceMinor: 15000,
      capacity: { guests: 6 },
      amenities: ['WIFI', 'POOL', 'HOT_TUB'],
      instantBook: true,
    },
    {
      ...place(41.15, -8.61),
      title: 'Budget room near the station',
      propertyType: 'APARTMENT',
      roomType: 'SHARED_ROOM',
      currency: 'USD',
      nightlyPriceMinor: 5000,
      capacity: { guests: 1 },
      amenities: [],
      instantBook: false,
      description: 'A bunk in a shared room, five minutes from the trains.',
    },
  ]);
  const suspendedHost = newId();
  hidden = await insertListings(em, [
    { ...place(38.7, -9.4), title: 'Ocean draft', status: ListingStatus.DRAFT, publishedAt: null },
    { ...place(38.7, -9.4), title: 'Ocean, deactivated', status: ListingStatus.DEACTIVATED },
    { ...place(38.7, -9.4), title: 'Ocean, host suspended', hostId: suspendedHost },
  ]);
  await em.execute('insert into listings.host_standings (host_id, suspended, event_id) values (?, true, ?)', [
    suspendedHost,
    newId(),
  ]);
});
afterAll(() => stack?.stop());

const found = async (filter: ListingSearchFilter, sort?: ListingSearchSort) =>
  (await allPages(stack.client, { filter: { city, ...filter }, sort }, 50)).map(name);
const name = (id: string) =>
  Object.entries(ids).find(([, value]) => value === id)?.[0] ?? `hidden:${hidden.indexOf(id)}`;

describe('searchListings filters', () => {
  it('returns only listings on the market, newest first by default', async () => {
    expect(await found({})).toEqual(['budget', 'ocean', 'cabin', 'surf']);
    expect(await found({ query: 'ocean' })).not.toContain('hidden:0');
  });

  it('matches words in titles and descriptions, best match first', async () => {
    expect((await found({ query: 'ocean' })).sort()).toEqual(['ocean', 'surf']);
    expect(await found({ query: 'oceans' })).toHaveLength(2);
    expect(await found({ query: 'birdsong stove' })).toEqual(['cabin']);
    expect(await found({ query: 'ocean -surf' })).toEqual(['ocean']);
  });

  it('filters by city in any case, and by country', async () => {
    expect(await allPages(stack.client, { filter: { city: city.toUpperCase(), country: 'pt' } }, 50)).toHaveLength(4);
    expect(await found({ country: 'ES' })).toEqual([]);
  });

  it('filters by map rectangle, also across the antimeridian', async () => {
    expect(await found({ boundingBox: { south: 38.6, west: -9.5, north: 38.9, east: -9.0 } })).toEqual([
      'ocean',
      'cabin',
      'surf',
    ]);
    expect(await found({ boundingBox: { south: 38.6, west: 170, north: 41.2, east: -9.3 } })).toEqual([
      'cabin',
      'surf',
    ]);
  });

  it('finds places within a radius, nearest first, with their distance', async () => {
    const page = await searchPage(stack.client, {
      filter: { city, near: { latitude: 38.7, longitude: -9.4, radiusKm: 30 } },
      sort: 'DISTANCE',
    });
    expect(page.edges.map((e) => name(e.node.id))).toEqual(['surf', 'cabin', 'ocean']);
    const [surf, cabin, ocean] = page.edges.map((e) => e.distanceKm ?? -1);
    // Half-kilometre steps: near enough to choose, too coarse to pin a place down.
    expect([surf, cabin]).toEqual([0, 11.5]);
    expect(ocean).toBeGreaterThan(22);
    expect(Number.isInteger(ocean * 2)).toBe(true);
    expect(await found({ near: { latitude: 38.7, longitude: -9.4, radiusKm: 11 } })).toEqual(['surf']);
  });

  it('filters by guests, price in a currency, amenities, kinds and instant book', async () => {
    expect(await found({ guests: 4 })).toEqual(['ocean', 'surf']);
    expect(await found({ price: { currency: 'EUR', min: '90', max: '150.00' } }, 'PRICE_ASC')).toEqual([
      'surf',
      'ocean',
    ]);
    expect(await found({ price: { currency: 'eur' } }, 'PRICE_DESC')).toEqual(['ocean', 'surf', 'cabin']);
    expect(await found({ price: { currency: 'USD', max: '50' } })).toEqual(['budget']);
    expect(await found({ amenities: ['POOL', 'HOT_TUB'] })).toEqual(['ocean']);
    expect(await found({ amenities: ['WIFI', 'POOL'] })).toEqual(['ocean', 'surf']);
    expect(await found({ propertyTypes: ['CABIN', 'HOUSE'] })).toEqual(['cabin', 'surf']);
    expect(await found({ roomTypes: ['SHARED_ROOM'] })).toEqual(['budget']);
    expect(await found({ instantBook: true })).toEqual(['ocean', 'surf']);
    expect(await found({ instantBook: false, guests: 2 })).toEqual(['cabin']);
  });
});

describe('searchListings pagination', () => {
  it.each<[ListingSearchSort, ListingSearchFilter]>([
    ['NEWEST', {}],
    ['RELEVANCE', { query: 'ocean or cabin or room' }],
    ['PRICE_ASC', { price: { currency: 'EUR' } }],
    ['PRICE_DESC', { price: { currency: 'EUR' } }],
    ['RATING', {}],
    ['DISTANCE', { near: { latitude: 38.7, longitude: -9.4, radiusKm: 400 } }],
  ])('walks %s one result at a time in the same order as one big page', async (sort, filter) => {
    const variables = { filter: { city, ...filter }, sort };
    const onePage = await allPages(stack.client, variables, 50);
    expect(onePage.length).toBeGreaterThan(1);
    expect(await allPages(stack.client, variables, 1)).toEqual(onePage);
  });

  it('refuses a cursor from another sort, a forged one and a page over 50 with the connection-argument error', async () => {
    const refused = async (variables: SearchListingsQueryVariables) => {
      const { data, errors } = await stack.client.request(SearchListingsDocument, { variables });
      expect(data).toBeNull();
      return errors?.map(({ path, extensions }) => ({ path, extensions }));
    };
    const invalidCursor = [
      {
        path: ['searchListings'],
        extensions: expect.objectContaining({
          code: 'BAD_USER_INPUT',
          argumentName: 'after',
          reason: 'INVALID_CURSOR',
        }),
      },
    ];
    const first = await searchPage(stack.client, { filter: { city }, first: 1 });
    const otherSort: SearchListingsQueryVariables = {
      filter: { city, price: { currency: 'EUR' } },
      sort: 'PRICE_ASC',
      after: first.pageInfo.endCursor,
    };
    expect(await refused(otherSort)).toEqual(invalidCursor);
    const forged = Buffer.from(JSON.stringify(['NEWEST', "'; drop table x", newId()])).toString('base64url');
    expect(await refused({ filter: { city }, after: forged })).toEqual(invalidCursor);
    expect(await refused({ filter: { city }, first: 51 })).toEqual([
      {
        path: ['searchListings'],
        extensions: expect.objectContaining({
          code: 'BAD_USER_INPUT',
          argumentName: 'first',
          reason: 'PAGE_SIZE_OUT_OF_RANGE',
        }),
      },
    ]);
  });
});

describe('searchListings validation', () => {
  it.each<[string, ListingSearchFilter, ListingSearchSort | undefined, string[], string]>([
    [
      'a rectangle upside down',
      { boundingBox: { south: 10, west: 0, north: 5, east: 1 } },
      undefined,
      ['filter', 'boundingBox', 'south'],
      'SOUTH_ABOVE_NORTH',
    ],
    [
      'a corner off the globe',
      { boundingBox: { south: -91, west: 0, north: 5, east: 1 } },
      undefined,
      ['filter', 'boundingBox', 'south'],
      'OUT_OF_RANGE',
    ],
    [
      'a zero radius',
      { near: { latitude: 0, longitude: 0, radiusKm: 0 } },
      undefined,
      ['filter', 'near', 'radiusKm'],
      'OUT_OF_RANGE',
    ],
    [
      'a huge radius',
      { near: { latitude: 0, longitude: 0, radiusKm: 501 } },
      undefined,
      ['filter', 'near', 'radiusKm'],
      'OUT_OF_RANGE',
    ],
    [
      'check-out before check-in',
      { stay: { checkIn: '2099-05-10', checkOut: '2099-05-10' } },
      undefined,
      ['filter', 'stay', 'checkOut'],
      'CHECK_OUT_NOT_AFTER_CHECK_IN',
    ],
    [
      'a check-in in the past',
      { stay: { checkIn: '2020-05-10', checkOut: '2020-05-12' } },
      undefined,
      ['filter', 'stay', 'checkIn'],
      'IN_THE_PAST',
    ],
    [
      'a date that is not one',
      { stay: { checkIn: '2099-02-30', checkOut: '2099-03-02' } },
      undefined,
      ['filter', 'stay', 'checkIn'],
      'INVALID_FORMAT',
    ],
    [
      'an unknown currency',
      { price: { currency: 'XYZ', min: '1' } },
      undefined,
      ['filter', 'price', 'currency'],
      'UNKNOWN_CURRENCY',
    ],
    [
      'too many decimals',
      { price: { currency: 'JPY', min: '1.5' } },
      undefined,
      ['filter', 'price', 'min'],
      'TOO_MANY_DECIMALS',
    ],
    [
      'a minimum above the maximum',
      { price: { currency: 'EUR', min: '100', max: '50' } },
      undefined,
      ['filter', 'price', 'min'],
      'MIN_ABOVE_MAX',
    ],
    ['an unknown country', { country: 'XX' }, undefined, ['filter', 'country'], 'UNKNOWN_COUNTRY'],
    ['a one-letter query', { query: 'a' }, undefined, ['filter', 'query'], 'TOO_SHORT'],
    ['a rating above 5', { minRating: 5.5 }, undefined, ['filter', 'minRating'], 'OUT_OF_RANGE'],
    ['distance without a point', {}, 'DISTANCE', ['sort'], 'NEAR_REQUIRED'],
    ['price order without a currency', {}, 'PRICE_ASC', ['sort'], 'PRICE_REQUIRED'],
  ])('refuses %s', async (_what, filter, sort, path, code) => {
    const result = ofType(await search(stack.client, { filter, sort }), 'ValidationError');
    expect(result.fieldErrors).toContainEqual(expect.objectContaining({ path, code }));
  });
});
