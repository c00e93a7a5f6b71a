import { Field, GraphQLISODateTime, ObjectType } from 'type-graphql';
import { Role } from '../../../platform/graphql/role';
import type { HostProfile } from '../host/host-profile.entity';
import type { UserPhone } from '../phone/user-phone.entity';
import type { User } from '../user/user.entity';
import { ProfileBadge } from './profile-badge';
import type { Profile } from './profile.entity';

/**
 * What anyone may see about a user. Built from facts accounts holds; ratings live in reviews, so a
 * host's rating is not part of it.
 */
@ObjectType({ description: "A user's public profile: what hosts and guests see about each other." })
export class UserProfile {
  /** Whose profile it is, for the field resolvers that look more up (the avatar). */
  readonly userId: string;

  @Field({ description: 'Name shown to hosts and guests.' })
  displayName: string;

  @Field({ description: 'What the user says about themselves, plain text; may be empty.' })
  about: string;

  @Field(() => GraphQLISODateTime, { description: 'When the user joined StayGraph.' })
  memberSince: Date;

  @Field(() => [ProfileBadge], { description: 'Verified facts about the user, in a stable order; may be empty.' })
  badges: ProfileBadge[];

  @Field(() => [String], {
    description: 'Languages the user speaks as a host, ISO 639-1 codes from their host profile; empty for guests.',
  })
  languages: string[];

  constructor(user: User, profile: Profile | null, hostProfile: HostProfile | null, phone: UserPhone | null) {
    this.userId = user.id;
    this.displayName = user.displayName;
    this.about = profile?.about ?? '';
    this.memberSince = user.createdAt;
    this.badges = [
      ...(user.emailVerifiedAt ? [ProfileBadge.EMAIL_VERIFIED] : []),
      ...(user.roles.includes(Role.HOST) ? [ProfileBadge.HOST] : []),
      ...(phone ? [ProfileBadge.PHONE_VERIFIED] : []),
    ];
    this.languages = hostProfile?.languages ?? [];
  }
}
