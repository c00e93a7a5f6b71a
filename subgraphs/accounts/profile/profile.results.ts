import { createUnionType, Field, ObjectType } from 'type-graphql';
import { ValidationError } from '../../../platform/graphql/user-error';
import { User } from '../user/user.entity';

@ObjectType({ description: 'Your profile was saved.' })
export class ProfileUpdated {
  @Field(() => User, { description: 'You, with the saved `profile` and preferences.' })
  user: User;

  constructor(user: User) {
    this.user = user;
  }
}

export const UpdateProfileResult = createUnionType({
  name: 'UpdateProfileResult',
  description: 'The result of `updateProfile`: you with the saved profile, or every invalid field.',
  types: () => [ProfileUpdated, ValidationError] as const,
});
export type UpdateProfileResult = ProfileUpdated | ValidationError;
