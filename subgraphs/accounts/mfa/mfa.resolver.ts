import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { requireViewer } from '../../../platform/graphql/authorize';
import { originOf } from '../audit/audit-log';
import type { AccountsContext } from '../loaders';
import { ConfirmMfaResult, DisableMfaResult, EnrolMfaResult } from './mfa.results';
import { MfaService } from './mfa.service';
import { Sensitive } from '../../../platform/graphql/sensitive';

@Resolver()
export class MfaResolver {
  constructor(private readonly mfa: MfaService) {}

  @Mutation(() => EnrolMfaResult, { description: 'Start turning on two-factor authentication; needs your password.' })
  enrolMfa(
    @Sensitive() @Arg('currentPassword', { description: 'Your password, to prove it is you.' }) currentPassword: string,
    @Ctx() ctx: AccountsContext,
  ): Promise<EnrolMfaResult> {
    return this.mfa.enrol(ctx.em, requireViewer(ctx.viewer).id, currentPassword, originOf(ctx));
  }

  @Mutation(() => ConfirmMfaResult, {
    description: 'Finish turning on two-factor authentication with a code from the app.',
  })
  confirmMfa(
    @Sensitive()
    @Arg('code', { description: 'The six-digit code the authenticator app shows for the new secret.' })
    code: string,
    @Ctx() ctx: AccountsContext,
  ): Promise<ConfirmMfaResult> {
    return this.mfa.confirm(ctx.em, requireViewer(ctx.viewer).id, code, originOf(ctx));
  }

  @Mutation(() => DisableMfaResult, {
    description: 'Turn off two-factor authentication; needs your password and a code (or a recovery code).',
  })
  disableMfa(
    @Sensitive() @Arg('currentPassword', { description: 'Your password, to prove it is you.' }) currentPassword: string,
    @Sensitive()
    @Arg('code', { description: 'A six-digit code from the authenticator app, or an unused recovery code.' })
    code: string,
    @Ctx() ctx: AccountsContext,
  ): Promise<DisableMfaResult> {
    return this.mfa.disable(ctx.em, requireViewer(ctx.viewer).id, currentPassword, code, originOf(ctx));
  }
}
