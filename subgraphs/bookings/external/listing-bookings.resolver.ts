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
import { isAdmin } from '../booking/booking-access';
import { BookingConnection } from '../booking/booking.connection';
import type { Booking } from '../booking/booking.entity';
import { BookingQueries } from '../booking/booking.queries';
import type { BookingsContext } from '../loaders';
import { Listing } from './listing';

/** By booking id; a cursor is valid only for the listing it was issued for. */
const CURSOR = new CursorCodec('Listing.bookings', idSchema);

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
    @Args() args: PageArgs,
    @Ctx() ctx: BookingsContext,
  ): Promise<ConnectionShape<Booking> | null> {
    const page = readPage(args, CURSOR, listing.id);
    const terms = await ctx.loaders.listingTerms.load(listing.id);
    const isHost = terms !== null && ctx.viewer?.id === terms.hostId;
    if (!isHost && !isAdmin(ctx.viewer)) return null;
    const bookings = await this.queries.page(ctx.em, { listingId: listing.id }, page);
    return toConnection(
      bookings.items,
      { hasNextPage: bookings.hasNextPage ?? false, hasPreviousPage: page.after !== null },
      (booking) => CURSOR.encode(booking.id, listing.id),
    );
  }
}
