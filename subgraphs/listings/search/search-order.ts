import { SPHERE_CENTRE_SQL, SPHERE_POINT_SQL, sphereParams } from './geo';
import { ListingSearchSort } from './search.inputs';
import type { ValidSearch } from './search.validation';

/** How one page is ordered: a key expression, then the id, both in one direction (so keyset is one row comparison). */
export interface SearchOrder {
  name: Exclude<ListingSearchSort, ListingSearchSort.RELEVANCE> | 'TEXT_RANK';
  /** SQL over `l` (listings); its `?` take `params`. */
  key: string;
  params: unknown[];
  direction: 'asc' | 'desc';
  /** The key's SQL type: cursors carry it as text and cast it back, so nothing is lost on the way. */
  type: 'float8' | 'bigint' | 'timestamptz';
  /**
   * Ranks only this many matches (the first the index finds), so an expensive key costs the same at
   * any number of matches; null orders every match (keys that an index serves in order).
   */
  candidates: number | null;
  /**
   * The index gives the key's order only (a nearest-neighbour scan), not the id's after it: the
   * page is read nearest first with ties, then ordered by key and id.
   */
  nearestFirst: boolean;
}

/** Enough for many pages of relevant results, few enough that ranking them takes milliseconds at any scale. */
export const TEXT_RANK_CANDIDATES = 1000;

/**
 * A map box orders at most this many of its matches, the first the location index finds: more pins
 * than a map shows, and ordering every match of a dense box grew with the number of listings (a
 * box over Paris sorted 24 000 rows at a million listings). A box with fewer matches is exact.
 */
export const BOX_CANDIDATES = 1000;

/**
 * The rating sort's one keyset key, kept on the listing row (migration SearchAtScale): the shown
 * rating in tenths, then the review count (more reviews first among equal figures), packed into a
 * bigint; 0 for listings with no rating, so they come last.
 */
const RATING_RANK_SQL = 'l.rating_rank';

export const TEXT_QUERY_SQL = "websearch_to_tsquery('english', ?)";

/** RELEVANCE is the text rank with a query and NEWEST without one; a map box bounds the candidates of every order but distance. */
export function orderOf(search: ValidSearch): SearchOrder {
  const order = keyOrder(search);
  if (!search.criteria.boundingBox || order.nearestFirst) return order;
  return { ...order, candidates: Math.min(order.candidates ?? BOX_CANDIDATES, BOX_CANDIDATES) };
}

function keyOrder({ criteria, sort }: ValidSearch): SearchOrder {
  const base = { params: [] as unknown[], candidates: null, nearestFirst: false };
  switch (sort) {
    case ListingSearchSort.RELEVANCE:
      if (criteria.query)
        return {
          ...base,
          name: 'TEXT_RANK',
          key: `ts_rank_cd(l.search_document, ${TEXT_QUERY_SQL})::float8`,
          params: [criteria.query],
          direction: 'desc',
          type: 'float8',
          candidates: TEXT_RANK_CANDIDATES,
        };
      return keyOrder({ criteria, sort: ListingSearchSort.NEWEST });
    case ListingSearchSort.NEWEST:
      return { ...base, name: sort, key: 'l.published_at', direction: 'desc', type: 'timestamptz' };
    case ListingSearchSort.PRICE_ASC:
    case ListingSearchSort.PRICE_DESC:
      return {
        ...base,
        name: sort,
        key: 'l.nightly_price_minor',
        direction: sort === ListingSearchSort.PRICE_ASC ? 'asc' : 'desc',
        type: 'bigint',
      };
    case ListingSearchSort.RATING:
      return {
        ...base,
        name: sort,
        key: RATING_RANK_SQL,
        direction: 'desc',
        type: 'bigint',
      };
    case ListingSearchSort.DISTANCE: {
      const near = criteria.near as NonNullable<typeof criteria.near>;
      // Chord length grows with great-circle distance, so this is the distance order, read from the index nearest first.
      return {
        ...base,
        name: sort,
        key: `(${SPHERE_POINT_SQL} <-> ${SPHERE_CENTRE_SQL})`,
        params: sphereParams(near.latitude, near.longitude),
        direction: 'asc',
        type: 'float8',
        nearestFirst: true,
      };
    }
  }
}
