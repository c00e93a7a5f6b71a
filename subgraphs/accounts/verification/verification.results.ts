import { createUnionType, Field, InputType, ObjectType } from 'type-graphql';
import { z } from 'zod';
import { ValidationError } from '../../../platform/graphql/user-error';
import { EmailTakenError, TooManyAttemptsError, WrongPasswordError } from '../auth/auth.errors';
import { emailSchema } from '../auth/auth.inputs';
import { AlreadyVerifiedError, InvalidLinkError } from './verification.errors';
import { Sensitive } from '../../../platform/graphql/sensitive';

@InputType({ description: "A change of the account's email address, confirmed by password." })
export class ChangeEmailInput {
  @Sensitive('PERSONAL')
  @Field({ description: 'The address to change to, up to 254 characters; it receives a confirmation link.' })
  newEmail!: string;

  @Sensitive()
  @Field({ description: 'Your password, to prove it is you.' })
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

@ObjectType({ description: 'A new confirmation link was emailed; earlier links stop working.' })
export class VerificationEmailSent {
  @Field({ description: 'Where the link went.' })
  email: string;

  constructor(email: string) {
    this.email = email;
  }
}

@ObjectType({ description: 'A link went to the new address; the email changes when it is followed.' })
export class EmailChangeRequested {
  @Field({ description: 'The new address, until its link is followed; the account keeps its old email till then.' })
  pendingEmail: string;

  constructor(pendingEmail: string) {
    this.pendingEmail = pendingEmail;
  }
}

export const VerifyEmailResult = createUnionType({
  name: 'VerifyEmailResult',
  description: 'The result of `verifyEmail`: the confirmed address, or why not.',
  types: () => [VerifyEmailSuccess, InvalidLinkError, EmailTakenError] as const,
});
export type VerifyEmailResult = VerifyEmailSuccess | InvalidLinkError | EmailTakenError;

export const ResendVerificationResult = createUnionType({
  name: 'ResendVerificationResult',
  description: 'The result of `resendVerificationEmail`: the link went out, or why not.',
  types: () => [VerificationEmailSent, AlreadyVerifiedError, TooManyAttemptsError] as const,
});
export type ResendVerificationResult = VerificationEmailSent | AlreadyVerifiedError | TooManyAttemptsError;

export const ChangeEmailResult = createUnionType({
  name: 'ChangeEmailResult',
  description: 'The result of `changeEmail`: a link went to the new address, or why not.',
  types: () =>
    [EmailChangeRequested, ValidationError, WrongPasswordError, TooManyAttemptsError, EmailTakenError] as const,
});
export type ChangeEmailResult =
  EmailChangeRequested | ValidationError | WrongPasswordError | TooManyAttemptsError | EmailTakenError;
