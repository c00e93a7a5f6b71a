import { createUnionType, Field, InputType, ObjectType } from 'type-graphql';
import { z } from 'zod';
import { ValidationError } from '../../../platform/graphql/user-error';
import { User } from '../user/user.entity';
import { CannotSuspendSelfError, UserNotFoundError } from './admin.errors';

@InputType()
export class SuspendUserInput {
  @Field()
  userId!: string;

  @Field({ description: 'Why, for the audit trail and support; 1 to 500 characters.' })
  reason!: string;
}

export const suspendUserSchema = z.object({
  userId: z.uuid('Not a user id.'),
  reason: z.string().trim().min(1, 'Give a reason.').max(500, 'Reason must be at most 500 characters.'),
});

@ObjectType()
export class UserSuspensionChanged {
  @Field(() => User)
  user: User;

  constructor(user: User) {
    this.user = user;
  }
}

export const SuspendUserResult = createUnionType({
  name: 'SuspendUserResult',
  types: () => [UserSuspensionChanged, ValidationError, UserNotFoundError, CannotSuspendSelfError] as const,
});
export type SuspendUserResult = UserSuspensionChanged | ValidationError | UserNotFoundError | CannotSuspendSelfError;

export const ReinstateUserResult = createUnionType({
  name: 'ReinstateUserResult',
  types: () => [UserSuspensionChanged, UserNotFoundError] as const,
});
export type ReinstateUserResult = UserSuspensionChanged | UserNotFoundError;
