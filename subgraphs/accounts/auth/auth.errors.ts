import { Field, Int, ObjectType } from 'type-graphql';
import { UserError } from '../../../platform/graphql/user-error';

@ObjectType({
  implements: UserError,
  description: 'Returned when another account already uses this email address (sign-up, email change).',
})
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

@ObjectType({ implements: UserError, description: 'Too many attempts from this account or address; try again later.' })
export class TooManyAttemptsError implements UserError {
  @Field()
  readonly code: string = 'ACCOUNTS.TOO_MANY_ATTEMPTS';

  @Field()
  message: string = 'Too many attempts. Try again later.';

  @Field(() => Int, { description: 'Seconds until another attempt is accepted.' })
  retryAfterSeconds: number;

  constructor(retryAfterSeconds: number) {
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

@ObjectType({ implements: UserError, description: 'The account is suspended by an administrator.' })
export class AccountSuspendedError implements UserError {
  @Field()
  readonly code: string = 'ACCOUNTS.SUSPENDED';

  @Field()
  message: string = 'This account is suspended. Contact support.';
}

@ObjectType({
  implements: UserError,
  description: 'Returned when the current password given to confirm a sensitive change is wrong.',
})
export class WrongPasswordError implements UserError {
  @Field()
  readonly code: string = 'ACCOUNTS.WRONG_PASSWORD';

  @Field()
  message: string = 'The current password is incorrect.';
}

@ObjectType({
  implements: UserError,
  description: 'Returned by `register` when its idempotency key was used for a different sign-up.',
})
export class RegistrationKeyReusedError implements UserError {
  @Field()
  readonly code: string = 'ACCOUNTS.IDEMPOTENCY_KEY_REUSED';

  @Field()
  message: string = 'This idempotency key belongs to another sign-up: use a new key for a new sign-up.';
}
