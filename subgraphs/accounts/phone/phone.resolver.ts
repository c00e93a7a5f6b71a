import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { requireViewer } from '../../../platform/graphql/authorize';
import { Sensitive } from '../../../platform/graphql/sensitive';
import type { AccountsContext } from '../loaders';
import { User } from '../user/user.entity';
import { canSeePrivate } from '../user/user.resolver';
import { PhoneVerificationService } from './phone-verification.service';
import { ConfirmPhoneVerificationResult, StartPhoneVerificationResult } from './phone.results';

@Resolver(() => User)
export class PhoneResolver {
  constructor(private readonly phones: PhoneVerificationService) {}

  @Mutation(() => StartPhoneVerificationResult, {
    description: 'Text a 6-digit code to your mobile number; it becomes verified once you confirm the code.',
  })
  startPhoneVerification(
    @Sensitive('PERSONAL')
    @Arg('phoneNumber', { description: 'Your mobile number with + and the country code, e.g. "+254712345678".' })
    phoneNumber: string,
    @Ctx() ctx: AccountsContext,
  ): Promise<StartPhoneVerificationResult> {
    return this.phones.start(ctx.em, requireViewer(ctx.viewer).id, phoneNumber);
  }

  @Mutation(() => ConfirmPhoneVerificationResult, {
    description: 'Confirm the code texted by `startPhoneVerification`: valid 10 minutes, 5 tries, once.',
  })
  confirmPhoneVerification(
    @Sensitive()
    @Arg('code', { description: 'The 6 digits from the text message.' })
    code: string,
    @Ctx() ctx: AccountsContext,
  ): Promise<ConfirmPhoneVerificationResult> {
    return this.phones.confirm(ctx.em, requireViewer(ctx.viewer).id, code, ctx.requestId);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The verified mobile number, E.164; null without one. Visible to the user and to admins.',
  })
  async phoneNumber(@Root() user: User, @Ctx() ctx: AccountsContext): Promise<string | null> {
    if (!canSeePrivate(ctx.viewer, user)) return null;
    return (await ctx.loaders.phoneByUserId.load(user.id))?.phoneNumber ?? null;
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description: 'Whether the user has a verified phone number. Visible to the user and to admins.',
  })
  async phoneVerified(@Root() user: User, @Ctx() ctx: AccountsContext): Promise<boolean | null> {
    if (!canSeePrivate(ctx.viewer, user)) return null;
    return (await ctx.loaders.phoneByUserId.load(user.id)) !== null;
  }
}
