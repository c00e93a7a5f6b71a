import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { requireRole } from '../../../platform/graphql/authorize';
import { Role } from '../../../platform/graphql/role';
import { originOf } from '../audit/audit-log';
import type { AccountsContext } from '../loaders';
import { ReinstateUserResult, SuspendUserInput, SuspendUserResult } from './suspension.results';
import { SuspensionService } from './suspension.service';

@Resolver()
export class SuspensionResolver {
  constructor(private readonly suspensions: SuspensionService) {}

  @Mutation(() => SuspendUserResult, {
    description: 'Admin: block a user now. Their sessions end and their tokens stop working at once.',
  })
  suspendUser(
    @Arg('input', { description: 'Who to suspend and why.' }) input: SuspendUserInput,
    @Ctx() ctx: AccountsContext,
  ): Promise<SuspendUserResult> {
    return this.suspensions.suspend(ctx.em, requireRole(ctx.viewer, Role.ADMIN).id, input, originOf(ctx));
  }

  @Mutation(() => ReinstateUserResult, { description: 'Admin: lift a suspension. The user signs in again themselves.' })
  reinstateUser(
    @Arg('userId', () => ID, { description: 'The suspended user.' }) userId: string,
    @Ctx() ctx: AccountsContext,
  ): Promise<ReinstateUserResult> {
    return this.suspensions.reinstate(ctx.em, requireRole(ctx.viewer, Role.ADMIN).id, userId, originOf(ctx));
  }
}
