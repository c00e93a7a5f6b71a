import { Arg, Args, Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import {
  CONNECTION_LIST_SIZE,
  PageArgs,
  readPage,
  toConnection,
  type ConnectionShape,
} from '../../../platform/graphql/pagination';
import { CursorCodec } from '../../../platform/graphql/cursor';
import type { ReviewsContext } from '../loaders';
import { averageOf, displayedAverage, type SubRatings } from '../rating/rating-math';
import { ReviewSort } from '../review/review.enums';
import { present } from '../review/review.presenter';
import { positionOf, reviewPosition, ReviewQueries } from '../review/review.queries';
import { ListingRating, ReviewConnection, type Review } from '../review/review.types';
import { Listing } from './listing';

/** A cursor is valid only for the listing and the sort it was issued for. */
const CURSOR = new CursorCodec('Listing.reviews', reviewPosition);

@Resolver(() => Listing)
export class ListingReviewsResolver {
  constructor(private readonly queries: ReviewQueries) {}

  @FieldResolver(() => ReviewConnection, {
    description:
      "The listing's published guest reviews (current revisions, hidden ones left out). Authors are user references.",
  })
  @Directive(CONNECTION_LIST_SIZE)
  async reviews(
    @Root() listing: Listing,
    @Args() args: PageArgs,
    @Arg('sort', () => ReviewSort, {
      defaultValue: ReviewSort.NEWEST,
      description: 'The order, newest first by default.',
    })
    sort: ReviewSort,
    @Ctx() ctx: ReviewsContext,
  ): Promise<ConnectionShape<Review>> {
    const scope = `${listing.id}:${sort}`;
    const page = readPage(args, CURSOR, scope);
    const found = await this.queries.listingPage(ctx.em, listing.id, sort, page);
    const connection = toConnection(
      found.items,
      { hasNextPage: found.hasNextPage, hasPreviousPage: page.after !== null },
      (shown) => CURSOR.encode(positionOf(shown), scope),
    );
    return mapNodes(connection, (shown) => present(ctx.viewer, shown.review, shown.revision));
  }

  @FieldResolver(() => ListingRating, {
    description: "The listing's rating over its published guest reviews; reviewCount 0 and null averages without any.",
  })
  async rating(@Root() listing: Listing, @Ctx() ctx: ReviewsContext): Promise<ListingRating> {
    const totals = await ctx.loaders.listingRating.load(listing.id);
    const { count } = totals;
    return {
      average: averageOf(totals.ratingSum, count),
      displayAverage: displayedAverage(totals.ratingSum, count),
      reviewCount: count,
      subRatings: count === 0 ? null : averagesOf(totals.subRatingSums, count),
      distribution: totals.stars.map((n, i) => ({ stars: i + 1, count: n })),
    };
  }
}

function averagesOf(sums: SubRatings, count: number): SubRatings {
  const { cleanliness, accuracy, checkIn, communication, location, value } = sums;
  return {
    cleanliness: cleanliness / count,
    accuracy: accuracy / count,
    checkIn: checkIn / count,
    communication: communication / count,
    location: location / count,
    value: value / count,
  };
}

function mapNodes<A, B>(connection: ConnectionShape<A>, map: (node: A) => B): ConnectionShape<B> {
  return { ...connection, edges: connection.edges.map((edge) => ({ cursor: edge.cursor, node: map(edge.node) })) };
}
