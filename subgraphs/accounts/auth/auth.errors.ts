import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../../kernel/user-error';

@ObjectType({ implements: UserError })
export class EmailTakenError implements UserError {
  @Field()
  readonly code: string = 'ACCOUNTS.EMAIL_TAKEN';

  @Field()
  message: string = 'An account with this email already exists.';
}

@ObjectType({ implements: UserError, description: 'Unknown email or wrong password; deliberately not saying which.' })
export class InvalidCredentialsError implements UserError {
  @Field()
  readonly code: string = 'ACCOUNTS.INVALID_CREDENTIALS';

  @Field()
  message: string = 'The email or password is incorrect.';
}
