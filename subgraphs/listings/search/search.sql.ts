import { ListingStatus } from '../listing/listing.enums';
import { boxesOf, chordOf, DISTANCE_SQL, SPHERE_CENTRE_SQL, SPHERE_POINT_SQL, sphereParams, type Box } from './geo';
import type { SearchPosition } from './search-cursor';
import { TEXT_QUERY_SQL, type SearchOrder } from './search-order';
import type { SearchCriteria } from './search.validation';

export interface Statement {
  sql: string;
  params: unknown[];
}

/** Collects SQL pieces and their parameters in the order they appear in the text. */
class SqlParts {
  readonly conditions: string[] = [];
  readonly params: unknown[] = [];

  where(sql: string, ...params: unknown[]): void {
    this.conditions.push(sql);
    this.params.push(...params);
  }
}

/** On the public point, like DISTANCE_SQL, and served by its GiST index. */
const boxSql = (boxes: Box[]) => {
  const any = boxes
    .map(() => 'point(l.public_longitude, l.public_latitude) <@ box(point(?, ?), point(?, ?))')
    .join(' or ');
  return { sql: `(${any})`, params: boxes.flatMap((b) => [b.west, b.south, b.east, b.north]) };
};

const placeholders = (values: readonly unknown[]) => values.map(() => '?').join(', ');

/** Conditions for listings on the market that match the criteria; each one can be answered by an index. */
function conditions(criteria: SearchCriteria): SqlParts {
  const parts = new SqlParts();
  parts.where(`l.status = '${ListingStatus.PUBLISHED}'`);
  parts.where('not exists (select 1 from listings.host_standings hs where hs.host_id = l.host_id and hs.suspended)');
  if (criteria.query) parts.where(`l.search_document @@ ${TEXT_QUERY_SQL}`, criteria.query);
  if (criteria.city) parts.where('lower(l.address_city) = lower(?)', criteria.city);
  if (criteria.country) parts.where('l.address_country = ?', criteria.country);
  if (criteria.boundingBox) {
    const { sql, params } = boxSql(boxesOf(criteria.boundingBox));
    parts.where(sql, ...params);
  }
  if (criteria.near) {
    const { latitude, longitude, radiusKm } = criteria.near;
    // The cheap first cut, on the sphere index: the distance sort's nearest-first scan of that index stops at the radius.
    parts.where(
      `${SPHERE_POINT_SQL} <@ cube_enlarge(${SPHERE_CENTRE_SQL}, ?, 3)`,
      ...sphereParams(latitude, longitude),
      chordOf(radiusKm * 1000),
    );
    parts.where(`${DISTANCE_SQL} <= ?`, latitude, latitude, longitude, radiusKm * 1000);
  }
  if (criteria.guests) parts.where('l.capacity_guests >= ?', criteria.guests);
  if (criteria.price) {
    const { currency, minMinor, maxMinor } = criteria.price;
    parts.where('l.currency = ?', currency);
    if (minMinor !== undefined) parts.where('l.nightly_price_minor >= ?', minMinor);
    if (maxMinor !== undefined) parts.where('l.nightly_price_minor <= ?', maxMinor);
  }
  if (criteria.amenities)
    parts.where(`l.amenities @> array[${placeholders(criteria.amenities)}]::text[]`, ...criteria.amenities);
  if (criteria.propertyTypes)
    parts.where(`l.property_type in (${placeholders(criteria.propertyTypes)})`, ...criteria.propertyTypes);
  if (criteria.roomTypes) parts.where(`l.room_type in (${placeholders(criteria.roomTypes)})`, ...criteria.roomTypes);
  if (criteria.instantBook != null) parts.where('l.instant_book = ?', criteria.instantBook);
  if (criteria.stay) {
    const { checkIn, checkOut, nights } = criteria.stay;
    parts.where('l.min_nights <= ? and l.max_nights >= ?', nights, nights);
    parts.where(
      'not exists (select 1 from listings.listing_availability a where a.listing_id = l.id and a.occupied && daterange(?::date, ?::date))',
      checkIn,
      checkOut,
    );
  }
  // Against the shown figure in the rating key, exactly in numeric (a listing shown as 4.5 passes 4.5); no rating is 0 and never passes.
  if (criteria.minRating)
    parts.where('l.rating_rank >= greatest(ceil(?::numeric * 10)::bigint * 1000000000, 1)', String(criteria.minRating));
  return parts;
}

/**
 * One page of matching ids with their sort key (as text, for the cursor) and distance, ordered by
 * the key then the id, starting after `position`. Fetches one row more than the page to tell
 * whether another page follows.
 */
export function searchStatement(
  criteria: SearchCriteria,
  order: SearchOrder,
  position: SearchPosition | null,
  limit: number,
): Statement {
  const parts = conditions(criteria);
  const near = criteria.near;
  const distance = near
    ? { sql: DISTANCE_SQL, params: [near.latitude, near.latitude, near.longitude] }
    : { sql: 'null::float8', params: [] };
  // An expensive key is computed over a bounded set of candidates only: the first matches the index
  // finds, in no order, so that reading them stops there (ordering them would read every match).
  const matches = order.candidates
    ? `(select l.* from listings.listings l where ${parts.conditions.join('\n and ')} limit ${order.candidates}) l`
    : `listings.listings l where ${parts.conditions.join('\n and ')}`;
  const comparison = order.direction === 'asc' ? '>' : '<';
  const keyset = (key: string, id: string) => `(${key}, ${id}) ${comparison} (?::${order.type}, ?::uuid)`;
  const positionParams = position ? [position.key, position.id] : [];
  // Nearest first from the index, past the position, with every row tied with the last, so the page is complete.
  const nearest = order.nearestFirst
    ? {
        sql: `${position ? `and ${keyset(order.key, 'l.id')}` : ''} order by sort_key fetch first ? rows with ties`,
        params: [...(position ? [...order.params, ...positionParams] : []), limit],
      }
    : { sql: '', params: [] };
  return {
    sql: `select found.id, to_json(found.sort_key) #>> '{}' as sort_key, found.distance
      from (
        select l.id, ${order.key} as sort_key, ${distance.sql} as distance
        from ${matches} ${nearest.sql}
      ) found
      ${position ? `where ${keyset('found.sort_key', 'found.id')}` : ''}
      order by found.sort_key ${order.direction}, found.id ${order.direction}
      limit ?`,
    params: [...order.params, ...distance.params, ...parts.params, ...nearest.params, ...positionParams, limit],
  };
}
