import { Cursor } from '@mikro-orm/core';
import { GraphQLError } from 'graphql';
import { Args, Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import {
  CONNECTION_LIST_SIZE,
  cursorOptions,
  PageArgs,
  type ConnectionShape,
} from '../../../platform/graphql/pagination';
import { ListingConnection } from '../listing/listing.connection';
import type { Listing } from '../listing/listing.entity';
import { isListingId } from '../listing/listing-id';
import { isOnTheMarket, seesEveryListingOf } from '../listing/listing-visibility';
import type { ListingsContext } from '../loaders';
import { User } from './user';

@Resolver(() => User)
export class HostListingsResolver {
  @FieldResolver(() => ListingConnection, {
    description:
      "The user's listings as a host, newest first: all of them for the host and admins, those on the market for everyone else.",
  })
  @Directive(CONNECTION_LIST_SIZE)
  async listings(
    @Root() user: User,
    @Args() page: PageArgs,
    @Ctx() ctx: ListingsContext,
  ): Promise<ConnectionShape<Listing>> {
    const everything = seesEveryListingOf(ctx.viewer, user.id);
    const { first, after } = cursorOptions(page);
    const afterId = after === undefined ? undefined : idOf(after);
    const { ids, hasNextPage } = await ctx.loaders.hostListings.load({ hostId: user.id, everything, first, afterId });
    const loaded = await ctx.loaders.listingById.loadMany(ids);
    const listings = loaded.filter(
      (l): l is Listing => l !== null && !(l instanceof Error) && (everything || isOnTheMarket(l)),
    );
    const edges = listings.map((node) => ({ node, cursor: Cursor.encode([node.id]) }));
    return {
      edges,
      pageInfo: {
        hasNextPage,
        hasPreviousPage: afterId !== undefined,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  }
}

/** Cursors are MikroORM keyset cursors over the id alone, as `findByCursor` made them. */
function idOf(after: string): string {
  let value: unknown;
  try {
    [value] = Cursor.decode(after);
  } catch {
    value = undefined;
  }
  if (typeof value !== 'string' || !isListingId(value)) {
    throw new GraphQLError('"after" is not a cursor of this list.', {
      extensions: { code: 'BAD_USER_INPUT', argumentName: 'after' },
    });
  }
  return value;
}
