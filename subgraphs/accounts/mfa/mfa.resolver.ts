import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { requireViewer } from '../../../platform/graphql/authorize';
import { originOf } from '../audit/audit-log';
import type { AccountsContext } from '../loaders';
import { ConfirmMfaResult, DisableMfaResult, EnrolMfaResult } from './mfa.results';
import { MfaService } from './mfa.service';

@Resolver()
export class MfaResolver {
  constructor(private readonly mfa: MfaService) {}

  @Mutation(() => EnrolMfaResult, { description: 'Start turning on two-factor authentication; needs your password.' })
  enrolMfa(@Arg('currentPassword') currentPassword: string, @Ctx() ctx: AccountsContext): Promise<EnrolMfaResult> {
    return this.mfa.enrol(ctx.em, requireViewer(ctx.viewer).id, currentPassword, originOf(ctx));
  }

  @Mutation(() => ConfirmMfaResult, {
    description: 'Finish turning on two-factor authentication with a code from the app.',
  })
  confirmMfa(@Arg('code') code: string, @Ctx() ctx: AccountsContext): Promise<ConfirmMfaResult> {
    return this.mfa.confirm(ctx.em, requireViewer(ctx.viewer).id, code, originOf(ctx));
  }

  @Mutation(() => DisableMfaResult, {
    description: 'Turn off two-factor authentication; needs your password and a code (or a recovery code).',
  })
  disableMfa(
    @Arg('currentPassword') currentPassword: string,
    @Arg('code') code: string,
    @Ctx() ctx: AccountsContext,
  ): Promise<DisableMfaResult> {
    return this.mfa.disable(ctx.em, requireViewer(ctx.viewer).id, currentPassword, code, originOf(ctx));
  }
}
