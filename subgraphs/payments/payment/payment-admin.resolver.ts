import { Arg, Args, Ctx, Directive, Query, Resolver } from 'type-graphql';
import { requireRole } from '../../../platform/graphql/authorize';
import { CursorCodec } from '../../../platform/graphql/cursor';
import { idSchema } from '../../../platform/graphql/ids';
import {
  CONNECTION_LIST_SIZE,
  PageArgs,
  readPage,
  toConnection,
  type ConnectionShape,
} from '../../../platform/graphql/pagination';
import { Role } from '../../../platform/graphql/role';
import type { PaymentsContext } from '../loaders';
import { PaymentFilter } from './payment-filter.inputs';
import { PaymentConnection } from './payment.connection';
import type { Payment } from './payment.entity';
import { paymentsPage } from './payment.queries';

/** By payment id; a cursor is valid only with the filter it was issued for. */
const CURSOR = new CursorCodec('Query.payments', idSchema);

/** The filter as a cursor scope: the same fields in a fixed order, absent ones as null. */
function scopeOf(filter: PaymentFilter | null): string {
  return JSON.stringify([
    filter?.status ?? null,
    filter?.provider ?? null,
    filter?.bookingId ?? null,
    filter?.guestId ?? null,
    filter?.disputed ?? null,
  ]);
}

@Resolver()
export class PaymentAdminResolver {
  @Query(() => PaymentConnection, {
    description:
      'Every payment matching the filter, newest first (disputed ones to answer, refunds to make). Admins only.',
  })
  @Directive(CONNECTION_LIST_SIZE)
  async payments(
    @Arg('filter', () => PaymentFilter, { nullable: true, description: 'Narrows the list; all payments without it.' })
    filter: PaymentFilter | null,
    @Args() args: PageArgs,
    @Ctx() ctx: PaymentsContext,
  ): Promise<ConnectionShape<Payment>> {
    requireRole(ctx.viewer, Role.ADMIN);
    const scope = scopeOf(filter);
    const page = readPage(args, CURSOR, scope);
    const result = await paymentsPage(ctx.em, filter, page);
    return toConnection(
      result.items,
      { hasNextPage: result.hasNextPage, hasPreviousPage: page.after !== null },
      (payment) => CURSOR.encode(payment.id, scope),
    );
  }
}
