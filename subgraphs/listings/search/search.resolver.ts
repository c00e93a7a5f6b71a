import { Arg, Args, Ctx, Query, Resolver } from 'type-graphql';
import { cursorOptions, PageArgs } from '../../../platform/graphql/pagination';
import type { ListingsContext } from '../loaders';
import { ListingSearchService } from './listing-search.service';
import { ListingSearchFilter, ListingSearchSort } from './search.inputs';
import { SearchListingsResult } from './search.results';

@Resolver()
export class SearchResolver {
  constructor(private readonly listings: ListingSearchService) {}

  @Query(() => SearchListingsResult, {
    description:
      'Listings on the market that match every given criterion, a page at a time (keyset: pages stay stable while listings change).',
  })
  searchListings(
    @Arg('filter', () => ListingSearchFilter, { nullable: true }) filter: ListingSearchFilter | null,
    @Arg('sort', () => ListingSearchSort, { defaultValue: ListingSearchSort.RELEVANCE }) sort: ListingSearchSort,
    @Args() page: PageArgs,
    @Ctx() ctx: ListingsContext,
  ): Promise<SearchListingsResult> {
    return this.listings.search(ctx, { filter, sort, ...cursorOptions(page) });
  }
}
