import { signedInAdmin, signedInVerifiedUser } from '../../../test/support/accounts/factories';
import type { ListingSearchFilter, ListingSearchSort } from '../../../test/support/generated/graphql';
import { asHost, createPublishedListing, updateListing } from '../../../test/support/listings/factories';
import { ofType } from '../../../test/support/graphql-client';
import { startTestStack, type TestStack } from '../../../test/support/test-stack';
import { approximateCoordinate } from '../listing/approximate-location';
import { publicCoordinateSql } from '../migrations/Migration20261202090000PublicLocation';
import { searchPage, uniqueCity } from './search-support';

let stack: TestStack;
const em = () => stack.subgraph('listings').orm.em.fork();

beforeAll(async () => {
  stack = await startTestStack();
});

afterAll(async () => {
  await stack?.stop();
});

describe('the stored public point', () => {
  it('is what the migration backfill computes, value for value', async () => {
    const ties = Array.from({ length: 2001 }, (_, i) => -10 + i * 0.01 + 0.005);
    const seeded = Array.from({ length: 2000 }, (_, i) =>
      Number(((((i * 7919) % 36001) - 18000) / 100.0001).toFixed(7)),
    );
    const values = [...ties, ...seeded, -180, 180, -90, 90, 0, -0.004, 0.004999, -0.005, 0.005, 179.995, -179.995];
    const rows = await em().execute<{ value: number; public: number }[]>(
      `select latitude as value, ${publicCoordinateSql('latitude')} as public from unnest(string_to_array(?, ',')::float8[]) as t(latitude)`,
      [values.join(',')],
    );
    const differing = rows.filter((row) => row.public !== approximateCoordinate(row.value));
    expect(rows).toHaveLength(values.length);
    expect(differing).toEqual([]);
  });
});

/** Exact points, two in the same public cell (38.71, -9.14), one a cell away as the control. */
const FIRST = { latitude: 38.7133, longitude: -9.1387 };
const SAME_CELL = { latitude: 38.7068, longitude: -9.1446 };
const NEXT_CELL = { latitude: 38.7161, longitude: -9.1387 };
const PUBLIC = { latitude: 38.71, longitude: -9.14 };

type Point = { latitude: number; longitude: number };
const tinyBox = ({ latitude, longitude }: Point, half: number) => ({
  south: latitude - half,
  north: latitude + half,
  west: longitude - half,
  east: longitude + half,
});
const moved = ({ latitude, longitude }: Point, dLat: number, dLng: number) => ({
  latitude: latitude + dLat,
  longitude: longitude + dLng,
});

/** Every location filter and the distance sort, aimed at and around each exact point an attacker might guess. */
function probes(): { filter: ListingSearchFilter; sort?: ListingSearchSort }[] {
  const centres = [FIRST, SAME_CELL, PUBLIC, NEXT_CELL];
  const offsets = [-0.004, 0, 0.0005];
  const list: { filter: ListingSearchFilter; sort?: ListingSearchSort }[] = [];
  for (const centre of centres) {
    for (const half of [0.00001, 0.001, 0.004]) list.push({ filter: { boundingBox: tinyBox(centre, half) } });
    // Half-planes whose edge passes between the exact point and the public one.
    list.push({ filter: { boundingBox: { ...tinyBox(centre, 1), south: centre.latitude } } });
    list.push({ filter: { boundingBox: { ...tinyBox(centre, 1), west: centre.longitude } } });
    for (const dLat of offsets)
      for (const dLng of offsets) list.push({ filter: { near: { ...moved(centre, dLat, dLng), radiusKm: 0.001 } } });
    for (const [dLat, dLng] of [
      [0, 0],
      [0.05, 0],
      [0, 0.05],
      [-0.03, -0.04],
    ])
      list.push({ filter: { near: { ...moved(centre, dLat, dLng), radiusKm: 20 } }, sort: 'DISTANCE' });
  }
  return list;
}

describe('searching for a listing', () => {
  let host: { token: string };
  let admin: { token: string };
  let city: string;
  let listing: { id: string; version: number; latitude: number; longitude: number };

  beforeAll(async () => {
    const accounts = () => stack.subgraph('accounts').orm.em.fork();
    host = await asHost(stack.client, await signedInVerifiedUser(stack.client, accounts()));
    admin = await signedInAdmin(stack.client, accounts());
    city = uniqueCity();
    const address = { street: '1 Rua Augusta', city, postalCode: '1100-053', country: 'PT' };
    listing = await createPublishedListing(stack.client, host.token, { ...FIRST, address });
  });

  /**
   * What each viewer learns from every probe: which listings match, in what order, how far. Anyone
   * else is also shown the listing's point; the host and admins are entitled to the exact one there.
   */
  async function answers(): Promise<unknown[]> {
    const seen: unknown[] = [];
    const viewers = [
      { token: undefined, seesExact: false },
      { token: host.token, seesExact: true },
      { token: admin.token, seesExact: true },
    ];
    for (const { token, seesExact } of viewers)
      for (const { filter, sort } of probes()) {
        const page = await searchPage(stack.client, { filter: { ...filter, city }, sort, first: 5 }, token);
        seen.push(
          page.edges.map((e) => [e.node.id, e.distanceKm, ...(seesExact ? [] : [e.node.latitude, e.node.longitude])]),
        );
      }
    return seen;
  }

  async function moveTo(point: Point): Promise<void> {
    const saved = ofType(
      await updateListing(stack.client, host.token, listing.id, listing.version, point),
      'ListingSaved',
    ).listing;
    listing = saved;
    expect([saved.latitude, saved.longitude]).toEqual([point.latitude, point.longitude]);
  }

  it('tells no viewer more than the public point, whatever the filters', async () => {
    const first = await answers();
    // The probes do find it: at the public point, not at the exact one.
    const at = async (point: Point) =>
      (await searchPage(stack.client, { filter: { city, near: { ...point, radiusKm: 0.001 } } })).edges.map(
        (e) => e.node.id,
      );
    expect(await at(PUBLIC)).toEqual([listing.id]);
    expect(await at(FIRST)).toEqual([]);

    await moveTo(SAME_CELL);
    expect(await answers()).toEqual(first);

    // The control: a move to the next cell changes what searches say, so the probes would notice.
    await moveTo(NEXT_CELL);
    expect(await answers()).not.toEqual(first);
  }, 120_000);

  it('stores the public point on create and on every move', async () => {
    const [row] = await em().execute<{ public_latitude: number; public_longitude: number }[]>(
      'select public_latitude, public_longitude from listings.listings where id = ?',
      [listing.id],
    );
    expect(row).toEqual({
      public_latitude: approximateCoordinate(listing.latitude),
      public_longitude: approximateCoordinate(listing.longitude),
    });
  });
});
