import { createUnionType, Field, ObjectType } from 'type-graphql';
import { ValidationError } from '../../../platform/graphql/user-error';
import { TokenPair } from '../session/session.results';
import { User } from '../user/user.entity';
import { AlreadyHostError, EmailNotVerifiedError, NotHostError } from './host.errors';
import { HostProfile } from './host-profile.entity';

@ObjectType({ description: 'You are a host now. Use these tokens from here on: they carry the HOST role.' })
export class BecomeHostSuccess extends TokenPair {
  @Field(() => User, { description: 'You, now with the HOST role and a `hostProfile`.' })
  user: User;

  constructor(tokens: TokenPair, user: User) {
    super();
    Object.assign(this, tokens);
    this.user = user;
  }
}

@ObjectType({ description: 'Your host profile was saved.' })
export class HostProfileUpdated {
  @Field(() => HostProfile, { description: 'The profile as guests now see it.' })
  hostProfile: HostProfile;

  constructor(hostProfile: HostProfile) {
    this.hostProfile = hostProfile;
  }
}

export const BecomeHostResult = createUnionType({
  name: 'BecomeHostResult',
  description: 'The result of `becomeHost`: new tokens with the HOST role, or why not.',
  types: () => [BecomeHostSuccess, ValidationError, EmailNotVerifiedError, AlreadyHostError] as const,
});
export type BecomeHostResult = BecomeHostSuccess | ValidationError | EmailNotVerifiedError | AlreadyHostError;

export const UpdateHostProfileResult = createUnionType({
  name: 'UpdateHostProfileResult',
  description: 'The result of `updateHostProfile`: the saved profile, or why not.',
  types: () => [HostProfileUpdated, ValidationError, NotHostError] as const,
});
export type UpdateHostProfileResult = HostProfileUpdated | ValidationError | NotHostError;
