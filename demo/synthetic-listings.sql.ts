import type { Amenity } from '../subgraphs/listings/listing/amenity';
import { CancellationPolicy, PropertyType, RoomType } from '../subgraphs/listings/listing/listing.enums';
import { ROOM_PRICE_FACTOR } from './synthetic-anchors';

/** Synthetic hosts' ids start with this (the variant digit 9 keeps them apart from the demo users'). */
export const SYNTHETIC_HOST_PREFIX = '01900000-0000-7000-9000-';

const literal = (value: string | number) =>
  typeof value === 'number' ? String(value) : `'${value.replace(/'/g, "''")}'`;
const weighted = <T extends string | number>(entries: [T, number][]) =>
  entries.flatMap(([value, weight]) => Array<T>(weight).fill(value));

const PROPERTY_TYPES = weighted<PropertyType>([
  [PropertyType.APARTMENT, 30],
  [PropertyType.HOUSE, 18],
  [PropertyType.VILLA, 6],
  [PropertyType.COTTAGE, 6],
  [PropertyType.CABIN, 5],
  [PropertyType.BUNGALOW, 4],
  [PropertyType.LOFT, 6],
  [PropertyType.TOWNHOUSE, 6],
  [PropertyType.GUESTHOUSE, 5],
  [PropertyType.BED_AND_BREAKFAST, 4],
  [PropertyType.BOUTIQUE_HOTEL, 3],
  [PropertyType.BOAT, 1],
  [PropertyType.TINY_HOME, 2],
  [PropertyType.OTHER, 1],
]);
const ROOM_TYPES = weighted<RoomType>([
  [RoomType.ENTIRE_PLACE, 75],
  [RoomType.PRIVATE_ROOM, 21],
  [RoomType.SHARED_ROOM, 4],
]);
const POLICIES = weighted<CancellationPolicy>([
  [CancellationPolicy.FLEXIBLE, 35],
  [CancellationPolicy.MODERATE, 40],
  [CancellationPolicy.STRICT, 20],
  [CancellationPolicy.NON_REFUNDABLE, 5],
]);
const BEDROOMS = weighted<number>([
  [0, 8],
  [1, 30],
  [2, 30],
  [3, 18],
  [4, 9],
  [5, 5],
]);
const ADJECTIVES = [
  'Sunny',
  'Cosy',
  'Quiet',
  'Bright',
  'Modern',
  'Rustic',
  'Charming',
  'Spacious',
  'Stylish',
  'Peaceful',
  'Historic',
  'Airy',
];
const FEATURES = [
  'sea view',
  'garden',
  'terrace',
  'fireplace',
  'mountain view',
  'balcony',
  'courtyard',
  'river view',
  'rooftop',
  'workspace',
  'plunge pool',
  'hammock',
];
const EXTRAS = [
  'fast Wi-Fi',
  'a full kitchen',
  'a washing machine',
  'free parking',
  'a wood stove',
  'air conditioning',
  'a reading nook',
  'bikes to borrow',
];
const NEARBY = [
  'A short walk to cafés, bakeries and the market.',
  'Ten minutes from the old town by bus.',
  'Close to the beach and the harbour.',
  'On a quiet street with good transport links.',
  'Trails and viewpoints start from the door.',
  'Restaurants and night life around the corner.',
];
const STREETS = [
  'Harbour Road',
  'Market Street',
  'Hill Lane',
  'Station Road',
  'Park Avenue',
  'Garden Walk',
  'Church Street',
  'River Road',
  'Beach Lane',
  'Mill Street',
];
const HOUSE_RULES = [
  '',
  'No parties or events. Quiet hours 22:00–08:00.',
  'No smoking. Pets by arrangement.',
  'Please take your shoes off inside.',
];

/** How often each amenity appears; a Record, so a new catalogue entry must be given a share here. */
const AMENITY_SHARE: Record<Amenity, number> = {
  WIFI: 0.92,
  KITCHEN: 0.7,
  WASHER: 0.5,
  DRYER: 0.25,
  AIR_CONDITIONING: 0.45,
  HEATING: 0.6,
  DEDICATED_WORKSPACE: 0.3,
  TV: 0.55,
  HAIR_DRYER: 0.5,
  IRON: 0.35,
  POOL: 0.12,
  HOT_TUB: 0.07,
  FREE_PARKING: 0.4,
  EV_CHARGER: 0.05,
  CRIB: 0.15,
  GYM: 0.08,
  BBQ_GRILL: 0.15,
  BREAKFAST: 0.12,
  INDOOR_FIREPLACE: 0.1,
  BEACHFRONT: 0.06,
  WATERFRONT: 0.08,
  SKI_IN_SKI_OUT: 0.02,
  PETS_ALLOWED: 0.2,
  STEP_FREE_ENTRANCE: 0.15,
  SMOKE_ALARM: 0.85,
  CARBON_MONOXIDE_ALARM: 0.5,
  FIRST_AID_KIT: 0.6,
  FIRE_EXTINGUISHER: 0.55,
};

/** approximateCoordinate (subgraphs/listings/listing/approximate-location.ts) in the same float8 steps, as the listings migration writes it. */
const PUBLIC_COORDINATE = (column: string) => `floor(${column} * 100::float8 + 0.5::float8) / 100::float8`;

const KIND_LABEL = `case property_type when 'BED_AND_BREAKFAST' then 'bed and breakfast' when 'OTHER' then 'place' else lower(replace(property_type, '_', ' ')) end`;

/**
 * One batch of synthetic published listings (rows `?` to `?` of the series) with ratings for about
 * two in three and a few occupied nights for about half, in one statement. Every "random" choice is
 * a hash of the row number and `salt`, so a run is reproducible and a second run differs.
 * Parameters: anchors (JSON), first row, last row, number of anchors, number of hosts.
 */
export function syntheticListingsSql(salt: number): string {
  const u = (k: number) => `((hashint4extended(i, ${salt + k}) & 1048575) / 1048576.0)`;
  const v = (k: number) => `((hashtextextended(id::text, ${salt + k}) & 1048575) / 1048576.0)`;
  const pick = (k: number, values: readonly (string | number)[]) =>
    `(array[${values.map(literal).join(', ')}])[1 + floor(${u(k)} * ${values.length})::int]`;
  const roomFactor = Object.entries(ROOM_PRICE_FACTOR)
    .map(([room, factor]) => `when '${room}' then ${factor}`)
    .join(' ');
  const amenities = Object.entries(AMENITY_SHARE).map(
    ([amenity, share], k) => `case when ${u(100 + k)} < ${share} then '${amenity}' end`,
  );
  return `
    with anchors as (
      select row_number() over () as n, a.*
      from jsonb_to_recordset(?::jsonb) as a(city text, region text, postal_code text, country text, latitude float8, longitude float8,
        time_zone text, currency text, base_price_minor float8, step_minor int)
    ), drawn as (
      select i, a.*, ${pick(3, PROPERTY_TYPES)} as property_type, ${pick(4, BEDROOMS)} as size, ${pick(5, ADJECTIVES)} as adjective,
        ${pick(6, FEATURES)} as feature, ${pick(7, EXTRAS)} as extra
      from generate_series(?::int, ?::int) as i
      join anchors a on a.n = 1 + floor(${u(2)} * ?)::int
    ), shaped as (
      select d.*, ${KIND_LABEL} as label,
        case when property_type = 'BOUTIQUE_HOTEL' then 'HOTEL_ROOM' else ${pick(8, ROOM_TYPES)} end as room_type
      from drawn d
    ), sized as (
      select s.*, case when room_type = 'ENTIRE_PLACE' then size else 1 end as bedrooms,
        now() - ${u(20)} * interval '1095 days' as published_at
      from shaped s
    ), priced as (
      select z.*,
        (greatest(1, round(base_price_minor * (0.7 + 0.3 * bedrooms) * (case room_type ${roomFactor} end) * exp((${u(9)} - 0.5) * 1.2) / step_minor)) * step_minor)::bigint as nightly
      from sized z
    ), placed as (
      select p.*, latitude + (${u(13)} - 0.5) * ${u(14)} * 0.6 as at_latitude, longitude + (${u(15)} - 0.5) * ${u(16)} * 0.6 as at_longitude
      from priced p
    ), inserted as (
      insert into listings.listings (id, host_id, status, title, description, property_type, room_type, address_street, address_city,
        address_region, address_postal_code, address_country, latitude, longitude, public_latitude, public_longitude, time_zone,
        capacity_guests, capacity_bedrooms, capacity_beds, capacity_bathrooms, amenities, house_rules, check_in_time, check_out_time, currency, nightly_price_minor,
        cleaning_fee_minor, min_nights, max_nights, instant_book, cancellation_policy, version, created_at, updated_at, published_at)
      select gen_random_uuid(), ('${SYNTHETIC_HOST_PREFIX}' || lpad(to_hex(floor(${u(1)} * ?)::int), 12, '0'))::uuid, 'PUBLISHED',
        case room_type
          when 'ENTIRE_PLACE' then adjective || ' ' || label || ' with ' || feature || ' in ' || city
          when 'HOTEL_ROOM' then adjective || ' hotel room in ' || city
          else case room_type when 'PRIVATE_ROOM' then 'Private' else 'Shared' end || ' room in '
            || case when adjective ~ '^[AEIOU]' then 'an ' else 'a ' end || lower(adjective) || ' ' || label || ', ' || city
        end,
        adjective || ' ' || label || ' in ' || city || ' with ' || feature || ' and ' || extra || '. ' || ${pick(10, NEARBY)},
        property_type, room_type, (1 + floor(${u(11)} * 300)::int) || ' ' || ${pick(12, STREETS)}, city, region, postal_code, country,
        at_latitude, at_longitude, ${PUBLIC_COORDINATE('at_latitude')}, ${PUBLIC_COORDINATE('at_longitude')}, time_zone,
        case when room_type = 'ENTIRE_PLACE' then greatest(1, bedrooms * 2 + floor(${u(17)} * 2)::int) else 1 + floor(${u(17)} * 2)::int end,
        bedrooms, case when room_type = 'ENTIRE_PLACE' then greatest(1, bedrooms + floor(${u(18)} * 2)::int) else 1 end,
        greatest(1, ceil(bedrooms / 2.0)) + case when ${u(19)} < 0.3 then 0.5 else 0 end,
        array_remove(array[${amenities.join(', ')}], null)::text[],
        ${pick(21, HOUSE_RULES)}, ${pick(22, ['14:00', '15:00', '15:00', '16:00'])}, ${pick(23, ['10:00', '11:00', '11:00', '12:00'])}, currency, nightly,
        case when ${u(24)} < 0.3 then 0 else (round(nightly * 0.25 / step_minor) * step_minor)::bigint end,
        ${pick(25, [1, 1, 2, 2, 2, 3, 3, 5, 7])}, ${pick(26, [14, 28, 30, 60, 90, 365])}, ${u(27)} < 0.45, ${pick(28, POLICIES)}, 1,
        published_at - ${u(29)} * interval '30 days', published_at, published_at
      from placed
      returning id
    ), rated as (
      insert into listings.listing_ratings (listing_id, sequence, average_rating, review_count)
      select id, 1, round((5 - power(${v(1)}, 2) * 1.6)::numeric, 2), 1 + floor(power(${v(2)}, 3) * 400)::int
      from inserted where ${v(3)} < 0.65
    )
    insert into listings.listing_availability (listing_id, sequence, occupied)
    select id, 1, datemultirange(
      daterange(current_date + floor(${v(4)} * 60)::int, current_date + floor(${v(4)} * 60)::int + 2 + floor(${v(5)} * 6)::int),
      daterange(current_date + 60 + floor(${v(6)} * 60)::int, current_date + 60 + floor(${v(6)} * 60)::int + 2 + floor(${v(7)} * 10)::int))
    from inserted where ${v(8)} < 0.45`;
}
