import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../../platform/runtime/clock';
import type { ListingsCache } from '../cache/listings-cache';
import type { Listing } from '../listing/listing.entity';
import { isOnTheMarket } from '../listing/listing-visibility';
import type { ListingsContext } from '../loaders';
import { decodeCursor, encodeCursor, type SearchPosition } from './search-cursor';
import { orderOf, type SearchOrder } from './search-order';
import type { ListingSearchFilter, ListingSearchSort } from './search.inputs';
import { approximateDistanceKm } from '../listing/approximate-location';
import { ListingSearchConnection, ListingSearchEdge, type SearchListingsResult } from './search.results';
import { searchStatement } from './search.sql';
import { validateSearch, type SearchCriteria } from './search.validation';

interface FoundRow {
  id: string;
  sortKey: string;
  distanceM: number | null;
}

/** A page of ids as the database ordered it: what the search cache keeps. */
interface FoundPage {
  rows: FoundRow[];
  hasNextPage: boolean;
}

export interface SearchArgs {
  filter?: ListingSearchFilter | null;
  sort: ListingSearchSort;
  first: number;
  after?: string | null;
}

/** Finds listings on the market. The same search gives the same answer to everyone, so anonymous pages are cached. */
export class ListingSearchService {
  constructor(
    private readonly clock: Clock,
    private readonly cache: ListingsCache,
  ) {}

  async search(ctx: ListingsContext, args: SearchArgs): Promise<SearchListingsResult> {
    const valid = validateSearch({ filter: args.filter, sort: args.sort }, this.clock().toISOString().slice(0, 10));
    if (!valid.ok) return valid.error;
    const order = orderOf(valid.value);
    const position = decodeCursor(args.after, order);
    const page = await this.page(ctx, valid.value.criteria, order, position, args.first);
    const listings = await ctx.loaders.listingById.loadMany(page.rows.map((row) => row.id));
    const edges = page.rows.flatMap((row, i) => {
      const listing = listings[i] as Listing | null | Error;
      // A page kept in the cache may name a listing that left the market since.
      if (!listing || listing instanceof Error || !isOnTheMarket(listing)) return [];
      const cursor = encodeCursor({ order: order.name, key: row.sortKey, id: row.id });
      return [
        new ListingSearchEdge(
          listing,
          cursor,
          row.distanceM === null ? null : approximateDistanceKm(row.distanceM / 1000),
        ),
      ];
    });
    return new ListingSearchConnection(edges, {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: position !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    });
  }

  private async page(
    ctx: ListingsContext,
    criteria: SearchCriteria,
    order: SearchOrder,
    position: SearchPosition | null,
    first: number,
  ): Promise<FoundPage> {
    const cacheable = ctx.viewer === null;
    const key = { criteria, order: order.name, position, first };
    const cached = cacheable ? await this.cache.searchPage<FoundPage>(key) : null;
    if (cached) return cached;
    const found = await find(ctx.em, criteria, order, position, first);
    if (cacheable) await this.cache.keepSearchPage(key, found);
    return found;
  }
}

async function find(
  em: EntityManager,
  criteria: SearchCriteria,
  order: SearchOrder,
  position: SearchPosition | null,
  first: number,
): Promise<FoundPage> {
  const { sql, params } = searchStatement(criteria, order, position, first + 1);
  const rows = await em.execute<{ id: string; sort_key: string; distance: number | null }[]>(sql, params);
  return {
    rows: rows.slice(0, first).map((row) => ({ id: row.id, sortKey: row.sort_key, distanceM: row.distance })),
    hasNextPage: rows.length > first,
  };
}
