import { Field, GraphQLISODateTime, ObjectType } from 'type-graphql';
import { Role } from '../../../platform/graphql/role';
import type { HostProfile } from '../host/host-profile.entity';
import type { User } from '../user/user.entity';
import { ProfileBadge } from './profile-badge';
import type { Profile } from './profile.entity';

/**
 * What anyone may see about a user. Built from facts accounts holds; ratings live in reviews, so a
 * host's rating is not part of it.
 */
@ObjectType({ description: "A user's public profile: what hosts and guests see about each other." })
export class UserProfile {
  @Field({ description: 'Name shown to hosts and guests.' })
  displayName: string;

  @Field({ description: 'What the user says about themselves, plain text; may be empty.' })
  about: string;

  @Field(() => String, {
    nullable: true,
    description: 'Address of the profile picture. Always null for now: avatar uploads are not open yet.',
  })
  avatar: string | null = null;

  @Field(() => GraphQLISODateTime, { description: 'When the user joined StayGraph.' })
  memberSince: Date;

  @Field(() => [ProfileBadge], { description: 'Verified facts about the user, in a stable order; may be empty.' })
  badges: ProfileBadge[];

  @Field(() => [String], {
    description: 'Languages the user speaks as a host, ISO 639-1 codes from their host profile; empty for guests.',
  })
  languages: string[];

  constructor(user: User, profile: Profile | null, hostProfile: HostProfile | null) {
    this.displayName = user.displayName;
    this.about = profile?.about ?? '';
    this.memberSince = user.createdAt;
    this.badges = [
      ...(user.emailVerifiedAt ? [ProfileBadge.EMAIL_VERIFIED] : []),
      ...(user.roles.includes(Role.HOST) ? [ProfileBadge.HOST] : []),
    ];
    this.languages = hostProfile?.languages ?? [];
  }
}
