import { Args, Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import {
  CONNECTION_LIST_SIZE,
  PageArgs,
  readPage,
  toConnection,
  type ConnectionShape,
} from '../../../platform/graphql/pagination';
import { CursorCodec } from '../../../platform/graphql/cursor';
import { idSchema } from '../../../platform/graphql/ids';
import { ListingConnection } from '../listing/listing.connection';
import type { Listing } from '../listing/listing.entity';
import { isOnTheMarket, seesEveryListingOf } from '../listing/listing-visibility';
import type { ListingsContext } from '../loaders';
import { User } from './user';

/** By listing id; a cursor is valid only for the host it was issued for. */
const CURSOR = new CursorCodec('User.listings', idSchema);

@Resolver(() => User)
export class HostListingsResolver {
  @FieldResolver(() => ListingConnection, {
    description:
      "The user's listings as a host, newest first: all of them for the host and admins, those on the market for everyone else.",
  })
  @Directive(CONNECTION_LIST_SIZE)
  async listings(
    @Root() user: User,
    @Args() args: PageArgs,
    @Ctx() ctx: ListingsContext,
  ): Promise<ConnectionShape<Listing>> {
    const { first, after } = readPage(args, CURSOR, user.id);
    const everything = seesEveryListingOf(ctx.viewer, user.id);
    const afterId = after ?? undefined;
    const { ids, hasNextPage } = await ctx.loaders.hostListings.load({ hostId: user.id, everything, first, afterId });
    const loaded = await ctx.loaders.listingById.loadMany(ids);
    const listings = loaded.filter(
      (l): l is Listing => l !== null && !(l instanceof Error) && (everything || isOnTheMarket(l)),
    );
    return toConnection(listings, { hasNextPage, hasPreviousPage: after !== null }, (node) =>
      CURSOR.encode(node.id, user.id),
    );
  }
}
