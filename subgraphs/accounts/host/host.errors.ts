import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../../../platform/graphql/user-error';

@ObjectType({ implements: UserError, description: 'Booking and hosting need a confirmed email address.' })
export class EmailNotVerifiedError implements UserError {
  @Field()
  readonly code: string = 'ACCOUNTS.EMAIL_NOT_VERIFIED';

  @Field()
  message: string = 'Confirm your email address first.';
}

@ObjectType({
  implements: UserError,
  description: 'Returned by `becomeHost` when you are a host already; change your profile with `updateHostProfile`.',
})
export class AlreadyHostError implements UserError {
  @Field()
  readonly code: string = 'ACCOUNTS.ALREADY_HOST';

  @Field()
  message: string = 'You are already a host; use updateHostProfile to change your profile.';
}

@ObjectType({ implements: UserError, description: 'Returned when only a host may do this and you are not one yet.' })
export class NotHostError implements UserError {
  @Field()
  readonly code: string = 'ACCOUNTS.NOT_HOST';

  @Field()
  message: string = 'Become a host first.';
}
