import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../../../platform/graphql/user-error';

@ObjectType({ implements: UserError, description: 'The link is unknown, used or expired; ask for a new one.' })
export class InvalidLinkError implements UserError {
  @Field()
  readonly code: string = 'ACCOUNTS.INVALID_LINK';

  @Field()
  message: string = 'This link is invalid or has expired. Ask for a new one.';
}

@ObjectType({
  implements: UserError,
  description: 'Returned by `resendVerificationEmail` when the address is already confirmed.',
})
export class AlreadyVerifiedError implements UserError {
  @Field()
  readonly code: string = 'ACCOUNTS.ALREADY_VERIFIED';

  @Field()
  message: string = 'This email address is already confirmed.';
}
