import { createUnionType, Directive, Field, Float, ObjectType } from 'type-graphql';
import { MAX_PAGE_SIZE, PageInfo } from '../../../platform/graphql/pagination';
import { UserError, ValidationError } from '../../../platform/graphql/user-error';
import { Listing } from '../listing/listing.entity';

@ObjectType({ description: 'One search result.' })
export class ListingSearchEdge {
  @Field(() => Listing, { description: 'The matching listing.' })
  node: Listing;

  @Field({ description: 'Pass as `after` for the page after this result (same filter and sort).' })
  cursor: string;

  @Field(() => Float, {
    nullable: true,
    description:
      'Great-circle distance from filter.near, in kilometres rounded to the half kilometre; null without it.',
  })
  distanceKm: number | null;

  constructor(node: Listing, cursor: string, distanceKm: number | null) {
    this.node = node;
    this.cursor = cursor;
    this.distanceKm = distanceKm;
  }
}

@ObjectType({ description: 'A page of listings on the market that match a search.' })
export class ListingSearchConnection {
  // The field returns a union, so the page size is declared here rather than sliced by `first`.
  @Field(() => [ListingSearchEdge], {
    description: `The results of this page in the sort's order, at most ${MAX_PAGE_SIZE}; empty when nothing matches.`,
  })
  @Directive(`@listSize(assumedSize: ${MAX_PAGE_SIZE})`)
  edges: ListingSearchEdge[];

  @Field(() => PageInfo, { description: 'Whether more results follow, and the cursor to ask for them.' })
  pageInfo: PageInfo;

  constructor(edges: ListingSearchEdge[], pageInfo: PageInfo) {
    this.edges = edges;
    this.pageInfo = pageInfo;
  }
}

@ObjectType({
  implements: UserError,
  description:
    'No longer returned: a bad `after` is a BAD_USER_INPUT error with reason INVALID_CURSOR, as on every connection. Kept so existing documents stay valid.',
})
export class InvalidSearchCursorError implements UserError {
  @Field()
  readonly code: string = 'SEARCH.INVALID_CURSOR';

  @Field()
  message: string = 'This cursor does not belong to a search with this sort. Start again without `after`.';
}

export const SearchListingsResult = createUnionType({
  name: 'SearchListingsResult',
  description: 'The result of `searchListings`: a page of results, or why the search cannot run.',
  types: () => [ListingSearchConnection, ValidationError, InvalidSearchCursorError] as const,
});
export type SearchListingsResult = ListingSearchConnection | ValidationError | InvalidSearchCursorError;
