import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { requireViewer } from '../../../platform/graphql/authorize';
import { originOf } from '../audit/audit-log';
import type { AccountsContext } from '../loaders';
import {
  ChangePasswordInput,
  ChangePasswordResult,
  RequestPasswordResetResult,
  ResetPasswordInput,
  ResetPasswordResult,
} from './password.results';
import { PasswordService } from './password.service';
import { Sensitive } from '../../../platform/graphql/sensitive';

@Resolver()
export class PasswordResolver {
  constructor(private readonly passwords: PasswordService) {}

  @Mutation(() => ChangePasswordResult, { description: 'Set a new password; your other sessions are signed out.' })
  changePassword(
    @Arg('input', { description: 'Your current password and the new one.' }) input: ChangePasswordInput,
    @Ctx() ctx: AccountsContext,
  ): Promise<ChangePasswordResult> {
    return this.passwords.change(ctx.em, requireViewer(ctx.viewer), input, originOf(ctx));
  }

  @Mutation(() => RequestPasswordResetResult, {
    description: 'Email a password-reset link, if the address has an account.',
  })
  requestPasswordReset(
    @Sensitive('PERSONAL')
    @Arg('email', { description: 'The address of the account, up to 254 characters.' })
    email: string,
    @Ctx() ctx: AccountsContext,
  ): Promise<RequestPasswordResetResult> {
    return this.passwords.requestReset(ctx.em, email, originOf(ctx));
  }

  @Mutation(() => ResetPasswordResult, {
    description: 'Choose a new password with the emailed token. Every session is signed out.',
  })
  resetPassword(
    @Arg('input', { description: 'The emailed token and the new password.' }) input: ResetPasswordInput,
    @Ctx() ctx: AccountsContext,
  ): Promise<ResetPasswordResult> {
    return this.passwords.reset(ctx.em, input, originOf(ctx));
  }
}
