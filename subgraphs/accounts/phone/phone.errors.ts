import { Field, Int, ObjectType } from 'type-graphql';
import { UserError } from '../../../platform/graphql/user-error';

@ObjectType({ implements: UserError, description: 'The code is not the one sent; a few more tries are allowed.' })
export class InvalidPhoneCodeError implements UserError {
  @Field()
  readonly code: string = 'ACCOUNTS.INVALID_PHONE_CODE';

  @Field()
  message: string = 'This code is not right. Check the text message and try again.';

  @Field(() => Int, { description: 'Tries left for this code; at 0, request a new one.' })
  attemptsLeft: number;

  constructor(attemptsLeft: number) {
    this.attemptsLeft = attemptsLeft;
  }
}

@ObjectType({
  implements: UserError,
  description: 'No code is waiting: it expired, was used, was tried too often, or none was requested.',
})
export class PhoneCodeExpiredError implements UserError {
  @Field()
  readonly code: string = 'ACCOUNTS.PHONE_CODE_EXPIRED';

  @Field()
  message: string = 'This code no longer works. Request a new one.';
}
