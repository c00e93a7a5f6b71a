import { Args, Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { CONNECTION_LIST_SIZE, cursorOptions, PageArgs, toConnection, type ConnectionShape } from '../../kernel/pagination';
import { ListingConnection } from '../listing/listing.connection';
import type { Listing } from '../listing/listing.entity';
import { ListingQueries } from '../listing/listing.queries';
import { seesEveryListingOf } from '../listing/listing-visibility';
import type { ListingsContext } from '../loaders';
import { User } from './user';

@Resolver(() => User)
export class HostListingsResolver {
  constructor(private readonly queries: ListingQueries) {}

  @FieldResolver(() => ListingConnection, {
    description: "The user's listings as a host, newest first: all of them for the host and admins, those on the market for everyone else.",
  })
  @Directive(CONNECTION_LIST_SIZE)
  async listings(@Root() user: User, @Args() page: PageArgs, @Ctx() ctx: ListingsContext): Promise<ConnectionShape<Listing>> {
    const everything = seesEveryListingOf(ctx.viewer, user.id);
    return toConnection(await this.queries.byHost(ctx.em, user.id, everything, cursorOptions(page)));
  }
}
