import { createUnionType, Field, InputType, Int, ObjectType } from 'type-graphql';
import { z } from 'zod';
import { ValidationError } from '../../../platform/graphql/user-error';
import { TooManyAttemptsError, WrongPasswordError } from '../auth/auth.errors';
import { emailSchema, newPasswordSchema } from '../auth/auth.inputs';
import { InvalidLinkError } from '../verification/verification.errors';
import { Sensitive } from '../../../platform/graphql/sensitive';

@InputType({ description: 'A password change by the signed-in user.' })
export class ChangePasswordInput {
  @Sensitive()
  @Field({ description: 'Your password now, to prove it is you.' })
  currentPassword!: string;

  @Sensitive()
  @Field({ description: '10 to 128 characters, not a common password.' })
  newPassword!: string;
}

@InputType({ description: 'A new password chosen through the emailed reset link.' })
export class ResetPasswordInput {
  @Sensitive()
  @Field({ description: 'From the emailed link.' })
  token!: string;

  @Sensitive()
  @Field({ description: '10 to 128 characters, not a common password.' })
  newPassword!: string;
}

export const changePasswordSchema = z.object({
  currentPassword: z.string().min(1, 'Current password is required.').max(128, 'Password is too long.'),
  newPassword: newPasswordSchema,
});

export const resetPasswordSchema = z.object({
  token: z.string().min(1, 'Token is required.').max(128, 'Token is too long.'),
  newPassword: newPasswordSchema,
});

export const requestResetSchema = z.object({ email: emailSchema });

@ObjectType({ description: 'The password is changed; this session stays signed in.' })
export class PasswordChanged {
  @Field(() => Int, { description: 'Other sessions signed out by the change.' })
  signedOutSessions: number;

  constructor(signedOutSessions: number) {
    this.signedOutSessions = signedOutSessions;
  }
}

@ObjectType({ description: 'Said whether or not the address has an account, so the answer reveals nothing.' })
export class PasswordResetRequested {
  @Field({ description: 'Text to show the user; the same for every address.' })
  readonly message: string = 'If an account uses this address, a link to choose a new password is on its way.';
}

@ObjectType({ description: 'The password is set and every session is signed out: sign in with the new password.' })
export class PasswordReset {
  @Field({ description: 'Always true.' })
  readonly reset: boolean = true;
}

export const ChangePasswordResult = createUnionType({
  name: 'ChangePasswordResult',
  description: 'The result of `changePassword`: done, or why not.',
  types: () => [PasswordChanged, ValidationError, WrongPasswordError, TooManyAttemptsError] as const,
});
export type ChangePasswordResult = PasswordChanged | ValidationError | WrongPasswordError | TooManyAttemptsError;

export const RequestPasswordResetResult = createUnionType({
  name: 'RequestPasswordResetResult',
  description: 'The result of `requestPasswordReset`: the same answer whether or not the address has an account.',
  types: () => [PasswordResetRequested, ValidationError, TooManyAttemptsError] as const,
});
export type RequestPasswordResetResult = PasswordResetRequested | ValidationError | TooManyAttemptsError;

export const ResetPasswordResult = createUnionType({
  name: 'ResetPasswordResult',
  description: 'The result of `resetPassword`: done, or why not.',
  types: () => [PasswordReset, ValidationError, InvalidLinkError] as const,
});
export type ResetPasswordResult = PasswordReset | ValidationError | InvalidLinkError;
