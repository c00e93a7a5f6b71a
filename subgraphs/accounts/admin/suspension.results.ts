import { createUnionType, Field, InputType, ObjectType } from 'type-graphql';
import { z } from 'zod';
import { ValidationError } from '../../../platform/graphql/user-error';
import { User } from '../user/user.entity';
import { CannotSuspendSelfError, UserNotFoundError } from './admin.errors';
import { Sensitive } from '../../../platform/graphql/sensitive';

@InputType({ description: 'A suspension an admin asks for.' })
export class SuspendUserInput {
  @Field({ description: 'The user to suspend; not yourself.' })
  userId!: string;

  @Sensitive('PERSONAL')
  @Field({ description: 'Why, for the audit trail and support; 1 to 500 characters.' })
  reason!: string;
}

export const suspendUserSchema = z.object({
  userId: z.uuid('Not a user id.'),
  reason: z.string().trim().min(1, 'Give a reason.').max(500, 'Reason must be at most 500 characters.'),
});

@ObjectType({ description: "A user's suspension was set or lifted." })
export class UserSuspensionChanged {
  @Field(() => User, { description: 'The user as it is now (`suspended` tells which).' })
  user: User;

  constructor(user: User) {
    this.user = user;
  }
}

export const SuspendUserResult = createUnionType({
  name: 'SuspendUserResult',
  description: 'The result of `suspendUser`: the suspended user, or why not.',
  types: () => [UserSuspensionChanged, ValidationError, UserNotFoundError, CannotSuspendSelfError] as const,
});
export type SuspendUserResult = UserSuspensionChanged | ValidationError | UserNotFoundError | CannotSuspendSelfError;

export const ReinstateUserResult = createUnionType({
  name: 'ReinstateUserResult',
  description: 'The result of `reinstateUser`: the reinstated user, or an unknown id.',
  types: () => [UserSuspensionChanged, UserNotFoundError] as const,
});
export type ReinstateUserResult = UserSuspensionChanged | UserNotFoundError;
