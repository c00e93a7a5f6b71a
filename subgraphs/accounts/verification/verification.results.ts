import { createUnionType, Field, InputType, ObjectType } from 'type-graphql';
import { z } from 'zod';
import { ValidationError } from '../../../platform/graphql/user-error';
import { EmailTakenError, TooManyAttemptsError, WrongPasswordError } from '../auth/auth.errors';
import { emailSchema } from '../auth/auth.inputs';
import { AlreadyVerifiedError, InvalidLinkError } from './verification.errors';

@InputType()
export class ChangeEmailInput {
  @Field()
  newEmail!: string;

  @Field()
  currentPassword!: string;
}

export const changeEmailSchema = z.object({
  newEmail: emailSchema,
  currentPassword: z.string().min(1, 'Current password is required.').max(128, 'Password is too long.'),
});

@ObjectType({
  description:
    "The address is confirmed (and is now the account's email). Refresh the access token to carry the new state.",
})
export class VerifyEmailSuccess {
  @Field({ description: 'The confirmed address.' })
  email: string;

  constructor(email: string) {
    this.email = email;
  }
}

@ObjectType()
export class VerificationEmailSent {
  @Field({ description: 'Where the link went.' })
  email: string;

  constructor(email: string) {
    this.email = email;
  }
}

@ObjectType({ description: 'A link went to the new address; the email changes when it is followed.' })
export class EmailChangeRequested {
  @Field()
  pendingEmail: string;

  constructor(pendingEmail: string) {
    this.pendingEmail = pendingEmail;
  }
}

export const VerifyEmailResult = createUnionType({
  name: 'VerifyEmailResult',
  types: () => [VerifyEmailSuccess, InvalidLinkError, EmailTakenError] as const,
});
export type VerifyEmailResult = VerifyEmailSuccess | InvalidLinkError | EmailTakenError;

export const ResendVerificationResult = createUnionType({
  name: 'ResendVerificationResult',
  types: () => [VerificationEmailSent, AlreadyVerifiedError, TooManyAttemptsError] as const,
});
export type ResendVerificationResult = VerificationEmailSent | AlreadyVerifiedError | TooManyAttemptsError;

export const ChangeEmailResult = createUnionType({
  name: 'ChangeEmailResult',
  types: () =>
    [EmailChangeRequested, ValidationError, WrongPasswordError, TooManyAttemptsError, EmailTakenError] as const,
});
export type ChangeEmailResult =
  EmailChangeRequested | ValidationError | WrongPasswordError | TooManyAttemptsError | EmailTakenError;
