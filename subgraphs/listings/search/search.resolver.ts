import { Arg, Args, Ctx, Query, Resolver } from 'type-graphql';
import { PageArgs, pageSize } from '../../../platform/graphql/pagination';
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
    @Arg('filter', () => ListingSearchFilter, {
      nullable: true,
      description: 'What listings must match; omitted: every listing on the market.',
    })
    filter: ListingSearchFilter | null,
    @Arg('sort', () => ListingSearchSort, {
      defaultValue: ListingSearchSort.RELEVANCE,
      description: 'Order of the results; keep it the same when paging with `after`.',
    })
    sort: ListingSearchSort,
    @Args() page: PageArgs,
    @Ctx() ctx: ListingsContext,
  ): Promise<SearchListingsResult> {
    return this.listings.search(ctx, { filter, sort, first: pageSize(page.first), after: page.after });
  }
}
