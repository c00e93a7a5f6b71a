import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { Money } from '../../../platform/graphql/money/money.type';
import { Listing } from '../external/listing';
import { User } from '../external/user';
import type { BookingsContext } from '../loaders';
import { PriceBreakdown } from '../pricing/price.types';
import { BookingRefund } from '../projections/booking-refund.entity';
import { capacityOn } from './booking-access';
import { BookingTransition } from './booking-transition.entity';
import { Booking } from './booking.entity';
import { Actor } from './booking.enums';

@Resolver(() => Booking)
export class BookingFieldsResolver {
  @FieldResolver(() => Listing, { description: 'The booked listing.' })
  listing(@Root() booking: Booking): Listing {
    return { id: booking.listingId };
  }

  @FieldResolver(() => User, { description: 'The guest who booked.' })
  guest(@Root() booking: Booking): User {
    return { id: booking.guestId };
  }

  @FieldResolver(() => User, { description: "The listing's host." })
  host(@Root() booking: Booking): User {
    return { id: booking.hostId };
  }

  @FieldResolver(() => PriceBreakdown, { description: 'The price fixed when the booking was made.' })
  price(@Root() booking: Booking): PriceBreakdown {
    return new PriceBreakdown({
      currency: booking.currency,
      nights: booking.nights,
      accommodationMinor: booking.accommodationMinor,
      cleaningFeeMinor: booking.cleaningFeeMinor,
      serviceFeeMinor: booking.serviceFeeMinor,
      taxesMinor: booking.taxesMinor,
      totalMinor: booking.totalMinor,
    });
  }

  @FieldResolver(() => Money, {
    nullable: true,
    description: 'For a cancelled booking: what is refunded to the guest.',
  })
  refund(@Root() booking: Booking): Money | null {
    return booking.refundMinor === null ? null : new Money(booking.refundMinor, booking.currency);
  }

  @FieldResolver(() => [BookingRefund], {
    description:
      "The refunds of the booking's payment that have succeeded, oldest first (after a cancellation, a payment that confirmed nothing, or by support). May lag the payment provider by a few seconds.",
  })
  @Directive('@listSize(assumedSize: 2)')
  refunds(@Root() booking: Booking, @Ctx() ctx: BookingsContext): Promise<BookingRefund[]> {
    return ctx.loaders.refundsByBooking.load(booking.id);
  }

  @FieldResolver(() => Money, {
    nullable: true,
    description:
      'What has been paid back to the guest so far, all refunds together; null until a refund succeeds. Compare with `refund`, what the cancellation granted.',
  })
  async refundedAmount(@Root() booking: Booking, @Ctx() ctx: BookingsContext): Promise<Money | null> {
    const refunds = await ctx.loaders.refundsByBooking.load(booking.id);
    if (refunds.length === 0) return null;
    // Each announcement carries the running total; the highest is the latest, whatever the delivery order.
    return new Money(Math.max(...refunds.map((r) => r.refundedTotalMinor)), refunds[0].currency);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'Guest and admins: why the latest payment attempt failed, while the booking awaits payment (pay again before holdExpiresAt). Null for the host.',
  })
  lastPaymentError(@Root() booking: Booking, @Ctx() ctx: BookingsContext): string | null {
    // A decline reason is between the guest and the payment provider; the host learns only the outcome.
    return capacityOn(ctx.viewer, booking) === Actor.HOST ? null : booking.lastPaymentError;
  }

  @FieldResolver(() => [BookingTransition], {
    description: 'Every change of status, oldest first: who, when, from, to and why.',
  })
  @Directive('@listSize(assumedSize: 5)')
  transitions(@Root() booking: Booking, @Ctx() ctx: BookingsContext): Promise<BookingTransition[]> {
    return ctx.loaders.transitionsByBooking.load(booking.id);
  }
}
