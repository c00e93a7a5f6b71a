import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { PaymentsContext } from '../loaders';
import { paymentViewOf } from '../payment/payment-access';
import { Payment } from '../payment/payment.entity';
import { Booking } from './booking';

/** `Booking.payment`: the same visibility as the booking's own fields, also through `_entities`. */
@Resolver(() => Booking)
export class BookingPaymentResolver {
  @FieldResolver(() => Payment, {
    nullable: true,
    description:
      "The booking's payment: the guest and admins see it all, the host status and amount; null before paying.",
  })
  async payment(@Root() booking: Booking, @Ctx() ctx: PaymentsContext): Promise<Payment | null> {
    const payment = await ctx.loaders.paymentByBooking.load(booking.id);
    return payment && paymentViewOf(ctx.viewer, payment) !== 'NONE' ? payment : null;
  }
}
