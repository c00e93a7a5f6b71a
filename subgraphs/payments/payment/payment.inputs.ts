import { Field, ID, InputType } from 'type-graphql';
import { z } from 'zod';
import { Sensitive } from '../../../platform/graphql/sensitive';
import { PaymentProvider } from './payment.enums';

@InputType({
  description: "Start (or resume) paying for a booking. The amount is the booking's; the client never sends it.",
})
export class StartPaymentInput {
  @Field(() => ID, { description: 'Your booking awaiting payment.' })
  bookingId!: string;

  @Field(() => PaymentProvider, { description: 'STRIPE (card) or MPESA (phone prompt, KES only).' })
  provider!: PaymentProvider;

  @Field({
    description:
      'A key the client generates once per payment attempt (8 to 100 characters) and sends again on retries.',
  })
  idempotencyKey!: string;

  @Sensitive('PERSONAL')
  @Field(() => String, { nullable: true, description: 'For MPESA: the Safaricom number to prompt. Ignored otherwise.' })
  phoneNumber?: string | null;
}

export const startPaymentSchema = z.object({
  bookingId: z.uuid('Not a booking id.'),
  provider: z.enum(PaymentProvider),
  idempotencyKey: z.string().trim().min(8, 'At least 8 characters.').max(100, 'At most 100 characters.'),
  phoneNumber: z.string().trim().max(20, 'At most 20 characters.').nullish(),
});
