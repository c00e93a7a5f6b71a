import { Arg, Ctx, Directive, Mutation, Resolver } from 'type-graphql';
import { requireViewer } from '../../../platform/graphql/authorize';
import { forbidden } from '../../../platform/graphql/graphql-errors';
import type { PaymentsContext } from '../loaders';
import { StartPaymentInput } from './payment.inputs';
import { StartPaymentResult } from './payment.results';
import { StartPaymentService } from './start-payment.service';

@Resolver()
export class PaymentResolver {
  constructor(private readonly starts: StartPaymentService) {}

  @Mutation(() => StartPaymentResult, {
    description:
      "Pay for your booking awaiting payment (verified email needed). STRIPE answers a client secret for Stripe.js (the same on every call); MPESA sends a prompt to the phone. The amount is the booking's.",
  })
  // A provider call (a PaymentIntent or an STK push) behind it: dearer than a plain mutation.
  @Directive('@cost(weight: 20)')
  startPayment(
    @Arg('input', { description: 'The booking, the provider and an idempotency key.' }) input: StartPaymentInput,
    @Ctx() ctx: PaymentsContext,
  ): Promise<StartPaymentResult> {
    const viewer = requireViewer(ctx.viewer);
    if (!viewer.emailVerified) throw forbidden('Confirm your email address first.');
    return this.starts.start(ctx.em, viewer.id, input);
  }
}
