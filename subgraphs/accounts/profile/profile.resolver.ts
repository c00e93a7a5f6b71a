import { Arg, Ctx, Directive, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { requireViewer } from '../../../platform/graphql/authorize';
import type { AccountsContext } from '../loaders';
import { User } from '../user/user.entity';
import { canSeePrivate } from '../user/user.resolver';
import { UpdateProfileInput } from './profile.inputs';
import { UpdateProfileResult } from './profile.results';
import { ProfileService } from './profile.service';
import { UserProfile } from './user-profile';

@Resolver(() => User)
export class ProfileResolver {
  constructor(private readonly profiles: ProfileService) {}

  @Mutation(() => UpdateProfileResult, {
    description: 'Change your public profile (name, about) and your preferred language and currency.',
  })
  updateProfile(
    @Arg('input', { description: 'The whole profile as it should be now.' }) input: UpdateProfileInput,
    @Ctx() ctx: AccountsContext,
  ): Promise<UpdateProfileResult> {
    return this.profiles.updateProfile(ctx.em, requireViewer(ctx.viewer).id, input);
  }

  // Three batched lookups (profiles, host profiles, phones) for any number of users in the response.
  @FieldResolver(() => UserProfile, { description: 'What anyone may see about the user; public.' })
  @Directive('@cost(weight: 2)')
  async profile(@Root() user: User, @Ctx() ctx: AccountsContext): Promise<UserProfile> {
    const [profile, hostProfile, phone] = await Promise.all([
      ctx.loaders.profileByUserId.load(user.id),
      ctx.loaders.hostProfileByUserId.load(user.id),
      ctx.loaders.phoneByUserId.load(user.id),
    ]);
    return new UserProfile(user, profile, hostProfile, phone);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'BCP 47 tag of the language the user wants; null without one. Visible to the user and to admins.',
  })
  async preferredLanguage(@Root() user: User, @Ctx() ctx: AccountsContext): Promise<string | null> {
    if (!canSeePrivate(ctx.viewer, user)) return null;
    return (await ctx.loaders.profileByUserId.load(user.id))?.preferredLanguage ?? null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'ISO 4217 code of the currency the user wants prices in; null without one. Visible to the user and to admins.',
  })
  async preferredCurrency(@Root() user: User, @Ctx() ctx: AccountsContext): Promise<string | null> {
    if (!canSeePrivate(ctx.viewer, user)) return null;
    return (await ctx.loaders.profileByUserId.load(user.id))?.preferredCurrency ?? null;
  }
}
