import { Arg, Ctx, Directive, Mutation, Resolver } from 'type-graphql';
import { requireRole } from '../../../platform/graphql/authorize';
import { Role } from '../../../platform/graphql/role';
import type { PaymentsContext } from '../loaders';
import { AdminRefundService } from './admin-refund.service';
import { RefundPaymentInput } from './refund.inputs';
import { RefundPaymentResult } from './refund.results';

@Resolver()
export class RefundResolver {
  constructor(private readonly refunds: AdminRefundService) {}

  @Mutation(() => RefundPaymentResult, {
    description:
      "Gives back part or all of what a payment has left to refund, through its provider. Admins only; audited with the request id; the booking's status does not change.",
  })
  @Directive('@cost(weight: 20)')
  refundPayment(
    @Arg('input', { description: 'The payment, the amount, the reason and an idempotency key.' })
    input: RefundPaymentInput,
    @Ctx() ctx: PaymentsContext,
  ): Promise<RefundPaymentResult> {
    const admin = requireRole(ctx.viewer, Role.ADMIN);
    return this.refunds.refund(ctx.em, admin.id, input, ctx.requestId);
  }
}
