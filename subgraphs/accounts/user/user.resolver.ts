import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { unauthenticated } from '../../../platform/graphql/graphql-errors';
import { Role } from '../../../platform/graphql/role';
import type { Viewer } from '../../../platform/graphql/viewer';
import { HostProfile } from '../host/host-profile.entity';
import type { AccountsContext } from '../loaders';
import { User } from './user.entity';

/** Personal fields are visible to the user themselves and to admins only, however the user was reached. */
export function canSeePrivate(viewer: Viewer | null, user: User): boolean {
  return viewer !== null && (viewer.id === user.id || viewer.roles.includes(Role.ADMIN));
}

@Resolver(() => User)
export class UserResolver {
  @Query(() => User, { nullable: true, description: 'The signed-in user.' })
  async me(@Ctx() ctx: AccountsContext): Promise<User | null> {
    if (!ctx.viewer) throw unauthenticated();
    return ctx.loaders.userById.load(ctx.viewer.id);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Visible to the user and to admins; null for everyone else.',
  })
  email(@Root() user: User, @Ctx() ctx: AccountsContext): string | null {
    return canSeePrivate(ctx.viewer, user) && !user.deletedAt ? user.email : null;
  }

  @FieldResolver(() => [Role], {
    nullable: true,
    description: 'Visible to the user and to admins; null for everyone else.',
  })
  roles(@Root() user: User, @Ctx() ctx: AccountsContext): Role[] | null {
    return canSeePrivate(ctx.viewer, user) ? user.roles : null;
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description: 'Whether the email address is confirmed. Visible to the user and to admins.',
  })
  emailVerified(@Root() user: User, @Ctx() ctx: AccountsContext): boolean | null {
    return canSeePrivate(ctx.viewer, user) ? user.emailVerifiedAt !== null : null;
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description: 'Whether two-factor authentication is on. Visible to the user and to admins.',
  })
  mfaEnabled(@Root() user: User, @Ctx() ctx: AccountsContext): boolean | null {
    return canSeePrivate(ctx.viewer, user) ? user.mfaEnabledAt !== null : null;
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description: 'Whether an administrator suspended the account. Visible to the user and to admins.',
  })
  suspended(@Root() user: User, @Ctx() ctx: AccountsContext): boolean | null {
    return canSeePrivate(ctx.viewer, user) ? user.suspendedAt !== null : null;
  }

  @FieldResolver(() => HostProfile, {
    nullable: true,
    description: 'Public profile of a host; null for someone who does not host.',
  })
  hostProfile(@Root() user: User, @Ctx() ctx: AccountsContext): Promise<HostProfile | null> {
    return ctx.loaders.hostProfileByUserId.load(user.id);
  }
}
