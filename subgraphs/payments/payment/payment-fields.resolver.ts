import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Role } from '../../../platform/graphql/role';
import { Money } from '../../../platform/graphql/money/money.type';
import { Booking } from '../external/booking';
import type { PaymentsContext } from '../loaders';
import { Refund } from '../refund/refund.entity';
import { paymentViewOf } from './payment-access';
import { PaymentAttempt } from './payment-attempt.entity';
import { Payment } from './payment.entity';
import { PaymentProvider } from './payment.enums';

/** Fields beyond status and amount: only the guest who pays and admins see them (null or empty for the host). */
@Resolver(() => Payment)
export class PaymentFieldsResolver {
  @FieldResolver(() => Money, { description: "The booking's total, which this payment pays." })
  amount(@Root() payment: Payment): Money {
    return new Money(payment.amountMinor, payment.currency);
  }

  @FieldResolver(() => Booking, {
    nullable: true,
    description: 'The booking this payment pays, as bookings shows it to you (null when you cannot see it).',
  })
  booking(@Root() payment: Payment): Booking {
    return Object.assign(new Booking(), { id: payment.bookingId });
  }

  @FieldResolver(() => PaymentProvider, { nullable: true, description: 'Who moves the money (guest and admins).' })
  provider(@Root() payment: Payment, @Ctx() ctx: PaymentsContext): PaymentProvider | null {
    return paymentViewOf(ctx.viewer, payment) === 'FULL' ? payment.provider : null;
  }

  @FieldResolver(() => Money, {
    nullable: true,
    description:
      'What the provider takes: the total, or for M-Pesa the total rounded up to whole shillings (guest and admins).',
  })
  charged(@Root() payment: Payment, @Ctx() ctx: PaymentsContext): Money | null {
    return paymentViewOf(ctx.viewer, payment) === 'FULL' ? new Money(payment.chargedMinor, payment.currency) : null;
  }

  @FieldResolver(() => Money, { nullable: true, description: 'Everything refunded so far (guest and admins).' })
  refunded(@Root() payment: Payment, @Ctx() ctx: PaymentsContext): Money | null {
    return paymentViewOf(ctx.viewer, payment) === 'FULL' ? new Money(payment.refundedMinor, payment.currency) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: "The card's brand, e.g. visa (guest and admins)." })
  cardBrand(@Root() payment: Payment, @Ctx() ctx: PaymentsContext): string | null {
    return paymentViewOf(ctx.viewer, payment) === 'FULL' ? payment.cardBrand : null;
  }

  @FieldResolver(() => String, { nullable: true, description: "The card's last four digits (guest and admins)." })
  cardLast4(@Root() payment: Payment, @Ctx() ctx: PaymentsContext): string | null {
    return paymentViewOf(ctx.viewer, payment) === 'FULL' ? payment.cardLast4 : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Why the last attempt failed (guest and admins).' })
  failureReason(@Root() payment: Payment, @Ctx() ctx: PaymentsContext): string | null {
    return paymentViewOf(ctx.viewer, payment) === 'FULL' ? payment.failureReason : null;
  }

  @FieldResolver(() => Boolean, { nullable: true, description: 'Admins only: the cardholder disputed the charge.' })
  disputed(@Root() payment: Payment, @Ctx() ctx: PaymentsContext): boolean | null {
    return ctx.viewer?.roles.includes(Role.ADMIN) ? payment.disputed : null;
  }

  @FieldResolver(() => [PaymentAttempt], {
    description: 'Each try at paying, oldest first (guest and admins; empty for others).',
  })
  async attempts(@Root() payment: Payment, @Ctx() ctx: PaymentsContext): Promise<PaymentAttempt[]> {
    return paymentViewOf(ctx.viewer, payment) === 'FULL' ? ctx.loaders.attemptsByPayment.load(payment.id) : [];
  }

  @FieldResolver(() => [Refund], {
    description: 'Refunds of this payment, oldest first (guest and admins; empty for others).',
  })
  async refunds(@Root() payment: Payment, @Ctx() ctx: PaymentsContext): Promise<Refund[]> {
    return paymentViewOf(ctx.viewer, payment) === 'FULL' ? ctx.loaders.refundsByPayment.load(payment.id) : [];
  }
}
