import { Args, Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import {
  CONNECTION_LIST_SIZE,
  cursorOptions,
  PageArgs,
  toConnection,
  type ConnectionShape,
} from '../../../platform/graphql/pagination';
import { isAdmin } from '../booking/booking-access';
import { BookingConnection } from '../booking/booking.connection';
import type { Booking } from '../booking/booking.entity';
import { BookingQueries } from '../booking/booking.queries';
import type { BookingsContext } from '../loaders';
import { Listing } from './listing';

@Resolver(() => Listing)
export class ListingBookingsResolver {
  constructor(private readonly queries: BookingQueries) {}

  @FieldResolver(() => BookingConnection, {
    nullable: true,
    description: "The listing's bookings, newest first: for its host and admins only (null for anyone else).",
  })
  @Directive(CONNECTION_LIST_SIZE)
  async bookings(
    @Root() listing: Listing,
    @Args() page: PageArgs,
    @Ctx() ctx: BookingsContext,
  ): Promise<ConnectionShape<Booking> | null> {
    const terms = await ctx.loaders.listingTerms.load(listing.id);
    const isHost = terms !== null && ctx.viewer?.id === terms.hostId;
    if (!isHost && !isAdmin(ctx.viewer)) return null;
    return toConnection(await this.queries.page(ctx.em, { listingId: listing.id }, cursorOptions(page)));
  }
}
