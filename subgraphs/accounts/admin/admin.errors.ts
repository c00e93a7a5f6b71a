import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../../../platform/graphql/user-error';

@ObjectType({ implements: UserError, description: 'Returned when no user has the given id.' })
export class UserNotFoundError implements UserError {
  @Field()
  readonly code: string = 'ACCOUNTS.USER_NOT_FOUND';

  @Field()
  message: string = 'No user has this id.';
}

@ObjectType({
  implements: UserError,
  description: 'Admins cannot suspend themselves (nobody would be left to reinstate them).',
})
export class CannotSuspendSelfError implements UserError {
  @Field()
  readonly code: string = 'ACCOUNTS.CANNOT_SUSPEND_SELF';

  @Field()
  message: string = 'You cannot suspend your own account.';
}
