import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { requireViewer } from '../../../platform/graphql/authorize';
import { originOf } from '../audit/audit-log';
import type { AccountsContext } from '../loaders';
import { EmailVerification } from './email-verification.service';
import {
  ChangeEmailInput,
  ChangeEmailResult,
  ResendVerificationResult,
  VerifyEmailResult,
} from './verification.results';
import { Sensitive } from '../../../platform/graphql/sensitive';

@Resolver()
export class VerificationResolver {
  constructor(private readonly verification: EmailVerification) {}

  @Mutation(() => VerifyEmailResult, { description: 'Confirm an email address with the token from the emailed link.' })
  verifyEmail(
    @Sensitive()
    @Arg('token', { description: 'The token from the emailed link (`?token=…`); single use.' })
    token: string,
    @Ctx() ctx: AccountsContext,
  ): Promise<VerifyEmailResult> {
    return this.verification.verify(ctx.em, token, originOf(ctx));
  }

  @Mutation(() => ResendVerificationResult, { description: 'Send the confirmation link again.' })
  resendVerificationEmail(@Ctx() ctx: AccountsContext): Promise<ResendVerificationResult> {
    return this.verification.resend(ctx.em, requireViewer(ctx.viewer).id);
  }

  @Mutation(() => ChangeEmailResult, {
    description: 'Start changing your email: the new address must be confirmed before it replaces the old one.',
  })
  changeEmail(
    @Arg('input', { description: 'The new address and your password.' }) input: ChangeEmailInput,
    @Ctx() ctx: AccountsContext,
  ): Promise<ChangeEmailResult> {
    return this.verification.requestChange(ctx.em, requireViewer(ctx.viewer).id, input, originOf(ctx));
  }
}
