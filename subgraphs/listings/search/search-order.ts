import { DISTANCE_SQL } from './geo';
import { ListingSearchSort } from './search.inputs';
import type { ValidSearch } from './search.validation';

/** How one page is ordered: a key expression, then the id, both in one direction (so keyset is one row comparison). */
export interface SearchOrder {
  name: Exclude<ListingSearchSort, ListingSearchSort.RELEVANCE> | 'TEXT_RANK';
  /** SQL over `l` (listings) and `r` (ratings); its `?` take `params`. */
  key: string;
  params: unknown[];
  direction: 'asc' | 'desc';
  /** The key's SQL type: cursors carry it as text and cast it back, so nothing is lost on the way. */
  type: 'float8' | 'bigint' | 'timestamptz';
  needsRatings: boolean;
}

/**
 * The rating sort's one keyset key: the shown rating in tenths, then the review count (more reviews
 * first among equal figures), packed into a bigint; 0 for listings with no rating, so they come last.
 */
const RATING_RANK_SQL = 'coalesce((r.shown_rating * 10)::bigint * 1000000000 + r.review_count, 0)';

export const TEXT_QUERY_SQL = "websearch_to_tsquery('english', ?)";

/** RELEVANCE is the text rank with a query and NEWEST without one. */
export function orderOf({ criteria, sort }: ValidSearch): SearchOrder {
  const base = { params: [] as unknown[], needsRatings: false };
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
        };
      return orderOf({ criteria, sort: ListingSearchSort.NEWEST });
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
        needsRatings: true,
      };
    case ListingSearchSort.DISTANCE: {
      const near = criteria.near as NonNullable<typeof criteria.near>;
      return {
        ...base,
        name: sort,
        key: DISTANCE_SQL,
        params: [near.latitude, near.latitude, near.longitude],
        direction: 'asc',
        type: 'float8',
      };
    }
  }
}
