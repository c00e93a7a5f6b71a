import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { requireViewer } from '../../../platform/graphql/authorize';
import { originOf } from '../audit/audit-log';
import type { AccountsContext } from '../loaders';
import { HostProfileInput } from './host.inputs';
import { BecomeHostResult, UpdateHostProfileResult } from './host.results';
import { HostService } from './host.service';

@Resolver()
export class HostResolver {
  constructor(private readonly hosts: HostService) {}

  @Mutation(() => BecomeHostResult, {
    description: 'Start hosting: adds the HOST role and returns tokens that carry it. Needs a confirmed email.',
  })
  becomeHost(
    @Arg('input', { description: 'Your public host profile.' }) input: HostProfileInput,
    @Ctx() ctx: AccountsContext,
  ): Promise<BecomeHostResult> {
    return this.hosts.becomeHost(ctx.em, requireViewer(ctx.viewer), input, originOf(ctx));
  }

  @Mutation(() => UpdateHostProfileResult, { description: 'Change what guests see about you as a host.' })
  updateHostProfile(
    @Arg('input', { description: 'The whole profile as it should be now.' }) input: HostProfileInput,
    @Ctx() ctx: AccountsContext,
  ): Promise<UpdateHostProfileResult> {
    return this.hosts.updateProfile(ctx.em, requireViewer(ctx.viewer).id, input);
  }
}
