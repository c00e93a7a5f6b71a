import { Field, ID, InputType } from 'type-graphql';
import { PaymentProvider, PaymentStatus } from './payment.enums';

@InputType({ description: 'Narrows the payments admins list; every field given must match.' })
export class PaymentFilter {
  @Field(() => PaymentStatus, { nullable: true, description: 'Only payments in this status.' })
  status?: PaymentStatus | null;

  @Field(() => PaymentProvider, { nullable: true, description: 'Only payments through this provider.' })
  provider?: PaymentProvider | null;

  @Field(() => ID, { nullable: true, description: "Only this booking's payment." })
  bookingId?: string | null;

  @Field(() => ID, { nullable: true, description: "Only this guest's payments." })
  guestId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only payments the cardholder disputed (to answer at the provider); false: only the others.',
  })
  disputed?: boolean | null;
}
