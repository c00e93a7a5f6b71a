import { createUnionType, Field, GraphQLISODateTime, ObjectType } from 'type-graphql';
import { TooManyAttemptsError, WrongPasswordError } from '../auth/auth.errors';
import { InvalidMfaCodeError } from '../mfa/mfa.errors';
import {
  ListingsOnMarketError,
  PaymentInFlightError,
  RefundInFlightError,
  UpcomingStaysError,
} from './account-deletion.errors';

@ObjectType({
  description:
    'The account is deleted: every session has ended and personal data is erased; other domains follow within moments.',
})
export class AccountDeleted {
  @Field(() => GraphQLISODateTime, { description: 'When the account was deleted.' })
  deletedAt: Date;

  constructor(deletedAt: Date) {
    this.deletedAt = deletedAt;
  }
}

export const DeleteMyAccountResult = createUnionType({
  name: 'DeleteMyAccountResult',
  description: 'The result of `deleteMyAccount`: deleted, or why not.',
  types: () =>
    [
      AccountDeleted,
      WrongPasswordError,
      TooManyAttemptsError,
      InvalidMfaCodeError,
      ListingsOnMarketError,
      UpcomingStaysError,
      PaymentInFlightError,
      RefundInFlightError,
    ] as const,
});
export type DeleteMyAccountResult =
  | AccountDeleted
  | WrongPasswordError
  | TooManyAttemptsError
  | InvalidMfaCodeError
  | ListingsOnMarketError
  | UpcomingStaysError
  | PaymentInFlightError
  | RefundInFlightError;
