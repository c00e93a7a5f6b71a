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
import { User } from './user';

/** By booking id; a cursor is valid only for the user it was issued for. */
const CURSOR = new CursorCodec('User.bookings', idSchema);

@Resolver(() => User)
export class UserBookingsResolver {
  constructor(private readonly queries: BookingQueries) {}

  @FieldResolver(() => BookingConnection, {
    nullable: true,
    description: "The user's bookings as a guest, newest first: for the user and admins only (null for anyone else).",
  })
  @Directive(CONNECTION_LIST_SIZE)
  async bookings(
    @Root() user: User,
    @Args() args: PageArgs,
    @Ctx() ctx: BookingsContext,
  ): Promise<ConnectionShape<Booking> | null> {
    const page = readPage(args, CURSOR, user.id);
    if (ctx.viewer?.id !== user.id && !isAdmin(ctx.viewer)) return null;
    const bookings = await this.queries.page(ctx.em, { guestId: user.id }, page);
    return toConnection(
      bookings.items,
      { hasNextPage: bookings.hasNextPage ?? false, hasPreviousPage: page.after !== null },
      (booking) => CURSOR.encode(booking.id, user.id),
    );
  }
}
