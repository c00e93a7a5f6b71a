import { GraphQLSafeInt } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';
import { z } from 'zod';
import { Sensitive } from '../../../platform/graphql/sensitive';
import { RefundReasonCode } from './refund.enums';

@InputType({ description: 'An admin refund of part or all of what a payment has left to refund.' })
export class RefundPaymentInput {
  @Field(() => ID, { description: 'The payment to refund.' })
  paymentId!: string;

  @Field(() => GraphQLSafeInt, {
    description: "How much to give back, in the payment's currency's minor units: more than 0, at most what is left.",
  })
  amountMinor!: number;

  // An enum holds no free text, but the access log's rule marks every field named like free text.
  @Sensitive('PERSONAL')
  @Field(() => RefundReasonCode, { description: "Why, in Stripe's terms." })
  reason!: RefundReasonCode;

  @Sensitive('PERSONAL')
  @Field(() => String, {
    nullable: true,
    description: 'Free text for the record (at most 500 characters); sent to the provider as metadata.',
  })
  note?: string | null;

  @Field({
    description:
      'A key the client generates once per refund (8 to 100 characters): sent again, it answers the first refund and moves no more money.',
  })
  idempotencyKey!: string;
}

export const refundPaymentSchema = z.object({
  paymentId: z.uuid('Not a payment id.'),
  amountMinor: z.number().int().positive('More than 0.'),
  reason: z.enum(RefundReasonCode),
  note: z.string().trim().max(500, 'At most 500 characters.').nullish(),
  idempotencyKey: z.string().trim().min(8, 'At least 8 characters.').max(100, 'At most 100 characters.'),
});
