import { createUnionType, Field, ObjectType } from 'type-graphql';
import { ValidationError } from '../../../platform/graphql/user-error';
import { TokenPair } from '../session/session.results';
import { User } from '../user/user.entity';
import { AlreadyHostError, EmailNotVerifiedError, NotHostError } from './host.errors';
import { HostProfile } from './host-profile.entity';

@ObjectType({ description: 'You are a host now. Use these tokens from here on: they carry the HOST role.' })
export class BecomeHostSuccess extends TokenPair {
  @Field(() => User)
  user: User;

  constructor(tokens: TokenPair, user: User) {
    super();
    Object.assign(this, tokens);
    this.user = user;
  }
}

@ObjectType()
export class HostProfileUpdated {
  @Field(() => HostProfile)
  hostProfile: HostProfile;

  constructor(hostProfile: HostProfile) {
    this.hostProfile = hostProfile;
  }
}

export const BecomeHostResult = createUnionType({
  name: 'BecomeHostResult',
  types: () => [BecomeHostSuccess, ValidationError, EmailNotVerifiedError, AlreadyHostError] as const,
});
export type BecomeHostResult = BecomeHostSuccess | ValidationError | EmailNotVerifiedError | AlreadyHostError;

export const UpdateHostProfileResult = createUnionType({
  name: 'UpdateHostProfileResult',
  types: () => [HostProfileUpdated, ValidationError, NotHostError] as const,
});
export type UpdateHostProfileResult = HostProfileUpdated | ValidationError | NotHostError;
