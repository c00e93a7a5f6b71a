import { createUnionType, Field, GraphQLISODateTime, ObjectType } from 'type-graphql';
import { ValidationError } from '../../../platform/graphql/user-error';
import { TooManyAttemptsError } from '../auth/auth.errors';
import { User } from '../user/user.entity';
import { InvalidPhoneCodeError, PhoneCodeExpiredError } from './phone.errors';

@ObjectType({ description: 'A code is on its way by text message; confirm it with `confirmPhoneVerification`.' })
export class PhoneVerificationStarted {
  @Field({ description: 'The number the code goes to, in E.164 form (e.g. +254712345678).' })
  phoneNumber: string;

  @Field(() => GraphQLISODateTime, { description: 'When the code stops working (10 minutes after the request).' })
  expiresAt: Date;

  constructor(phoneNumber: string, expiresAt: Date) {
    this.phoneNumber = phoneNumber;
    this.expiresAt = expiresAt;
  }
}

@ObjectType({ description: 'Your phone number is verified.' })
export class PhoneVerified {
  @Field(() => User, { description: 'You, with `phoneNumber` and `phoneVerified` set.' })
  user: User;

  constructor(user: User) {
    this.user = user;
  }
}

export const StartPhoneVerificationResult = createUnionType({
  name: 'StartPhoneVerificationResult',
  description: 'The result of `startPhoneVerification`: a code on its way, or why not.',
  types: () => [PhoneVerificationStarted, ValidationError, TooManyAttemptsError] as const,
});
export type StartPhoneVerificationResult = PhoneVerificationStarted | ValidationError | TooManyAttemptsError;

export const ConfirmPhoneVerificationResult = createUnionType({
  name: 'ConfirmPhoneVerificationResult',
  description: 'The result of `confirmPhoneVerification`: the verified user, or why not.',
  types: () => [PhoneVerified, ValidationError, InvalidPhoneCodeError, PhoneCodeExpiredError] as const,
});
export type ConfirmPhoneVerificationResult =
  PhoneVerified | ValidationError | InvalidPhoneCodeError | PhoneCodeExpiredError;
