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
import { User } from './user';

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
    @Args() page: PageArgs,
    @Ctx() ctx: BookingsContext,
  ): Promise<ConnectionShape<Booking> | null> {
    if (ctx.viewer?.id !== user.id && !isAdmin(ctx.viewer)) return null;
    return toConnection(await this.queries.page(ctx.em, { guestId: user.id }, cursorOptions(page)));
  }
}
