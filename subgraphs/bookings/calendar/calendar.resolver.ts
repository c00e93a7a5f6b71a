import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { requireRole } from '../../../platform/graphql/authorize';
import { Role } from '../../../platform/graphql/role';
import type { BookingsContext } from '../loaders';
import { BlockDatesInput, CalendarSettingsInput, SetNightlyPriceInput, UnblockDatesInput } from './calendar.inputs';
import { ChangeCalendarResult } from './calendar.results';
import { CalendarService } from './calendar.service';

/** Host operations on a listing's calendar. The host is always the viewer. */
@Resolver()
export class CalendarResolver {
  constructor(private readonly calendars: CalendarService) {}

  @Mutation(() => ChangeCalendarResult, {
    description: 'Hosts: close nights to guests, with a private note. Overlapping blocks merge.',
  })
  blockDates(
    @Arg('input', { description: 'The nights, the calendar version you read and an optional note.' })
    input: BlockDatesInput,
    @Ctx() ctx: BookingsContext,
  ): Promise<ChangeCalendarResult> {
    return this.calendars.block(ctx.em, hostOf(ctx), input, ctx.requestId);
  }

  @Mutation(() => ChangeCalendarResult, {
    description: 'Hosts: open blocked nights again (bookings are cancelled, not unblocked).',
  })
  unblockDates(
    @Arg('input', { description: 'The nights and the calendar version you read.' }) input: UnblockDatesInput,
    @Ctx() ctx: BookingsContext,
  ): Promise<ChangeCalendarResult> {
    return this.calendars.unblock(ctx.em, hostOf(ctx), input, ctx.requestId);
  }

  @Mutation(() => ChangeCalendarResult, {
    description:
      'Hosts: set (or, with a null price, clear) the price of some nights. Existing bookings keep their price.',
  })
  setNightlyPrice(
    @Arg('input', { description: 'The nights, the price and the calendar version you read.' })
    input: SetNightlyPriceInput,
    @Ctx() ctx: BookingsContext,
  ): Promise<ChangeCalendarResult> {
    return this.calendars.setNightlyPrice(ctx.em, hostOf(ctx), input);
  }

  @Mutation(() => ChangeCalendarResult, {
    description: 'Hosts: set how much notice a booking needs and how far ahead guests can book.',
  })
  updateCalendarSettings(
    @Arg('input', { description: 'The new settings and the calendar version you read.' }) input: CalendarSettingsInput,
    @Ctx() ctx: BookingsContext,
  ): Promise<ChangeCalendarResult> {
    return this.calendars.updateSettings(ctx.em, hostOf(ctx), input);
  }
}

/** Checked here as well as at the gateway: the subgraph trusts the token's role, never a client-supplied host id. */
function hostOf(ctx: BookingsContext): string {
  return requireRole(ctx.viewer, Role.HOST).id;
}
