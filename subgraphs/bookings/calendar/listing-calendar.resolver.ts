import { GraphQLLocalDate } from '../../../platform/graphql/scalars/local-date';
import { Arg, Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { isAdmin } from '../booking/booking-access';
import { Listing } from '../external/listing';
import type { BookingsContext } from '../loaders';
import { CalendarQueries } from './calendar.queries';
import { AvailabilityDay, CALENDAR_DAYS_SIZE, ListingCalendar, MAX_CALENDAR_DAYS } from './calendar.types';

@Resolver(() => Listing)
export class ListingCalendarResolver {
  constructor(private readonly calendars: CalendarQueries) {}

  @FieldResolver(() => ListingCalendar, {
    nullable: true,
    description: `The nights [from, to) (at most ${MAX_CALENDAR_DAYS}, local dates) with status, price, minimum nights and notes: for the listing's host and admins (null for anyone else).`,
  })
  async calendar(
    @Root() listing: Listing,
    @Arg('from', () => GraphQLLocalDate, { description: "First night, in the listing's time zone." }) from: string,
    @Arg('to', () => GraphQLLocalDate, {
      description: `Day after the last night, 1 to ${MAX_CALENDAR_DAYS} days after from.`,
    })
    to: string,
    @Ctx() ctx: BookingsContext,
  ): Promise<ListingCalendar | null> {
    const terms = await ctx.loaders.listingTerms.load(listing.id);
    if (!terms || (ctx.viewer?.id !== terms.hostId && !isAdmin(ctx.viewer))) return null;
    return this.calendars.calendar(ctx.em, terms, from, to);
  }

  @FieldResolver(() => [AvailabilityDay], {
    nullable: true,
    description: `Which nights of [from, to) (at most ${MAX_CALENDAR_DAYS}, local dates) a guest can book now. Null for a listing that was never on the market.`,
  })
  @Directive(CALENDAR_DAYS_SIZE)
  async availability(
    @Root() listing: Listing,
    @Arg('from', () => GraphQLLocalDate, { description: "First night, in the listing's time zone." }) from: string,
    @Arg('to', () => GraphQLLocalDate, {
      description: `Day after the last night, 1 to ${MAX_CALENDAR_DAYS} days after from.`,
    })
    to: string,
    @Ctx() ctx: BookingsContext,
  ): Promise<AvailabilityDay[] | null> {
    const terms = await ctx.loaders.listingTerms.load(listing.id);
    return terms ? this.calendars.availability(ctx.em, terms, from, to) : null;
  }
}
