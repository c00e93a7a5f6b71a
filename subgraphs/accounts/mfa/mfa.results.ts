import { createUnionType, Field, GraphQLISODateTime, ObjectType } from 'type-graphql';
import { TooManyAttemptsError, WrongPasswordError } from '../auth/auth.errors';
import { InvalidMfaCodeError, MfaAlreadyEnabledError, MfaNotEnabledError, MfaNotEnrollingError } from './mfa.errors';

@ObjectType({ description: 'The password was right; complete the sign-in with `completeMfaLogin` and a code.' })
export class MfaRequired {
  @Field({ description: 'Single use; pass it to `completeMfaLogin`.' })
  challengeToken: string;

  @Field(() => GraphQLISODateTime, { description: 'When the challenge expires (5 minutes after `login`).' })
  expiresAt: Date;

  constructor(challengeToken: string, expiresAt: Date) {
    this.challengeToken = challengeToken;
    this.expiresAt = expiresAt;
  }
}

@ObjectType({
  description: 'Add this secret to an authenticator app (or show the URI as a QR code), then call `confirmMfa`.',
})
export class MfaEnrolment {
  @Field({ description: 'Base32, for typing into an app by hand.' })
  secret: string;

  @Field({ description: '`otpauth://` URI for a QR code.' })
  otpauthUri: string;

  constructor(secret: string, otpauthUri: string) {
    this.secret = secret;
    this.otpauthUri = otpauthUri;
  }
}

@ObjectType({ description: 'Two-factor authentication is on: every sign-in now asks for a code.' })
export class MfaEnabled {
  @Field(() => [String], {
    description: 'Ten single-use codes for when the phone is lost. Shown only now: ask the user to keep them.',
  })
  recoveryCodes: string[];

  constructor(recoveryCodes: string[]) {
    this.recoveryCodes = recoveryCodes;
  }
}

@ObjectType({ description: 'Two-factor authentication is off; the secret and recovery codes are deleted.' })
export class MfaDisabled {
  @Field({ description: 'Always true.' })
  readonly disabled: boolean = true;
}

export const EnrolMfaResult = createUnionType({
  name: 'EnrolMfaResult',
  description: 'The result of `enrolMfa`: the secret to add to an authenticator app, or why not.',
  types: () => [MfaEnrolment, WrongPasswordError, TooManyAttemptsError, MfaAlreadyEnabledError] as const,
});
export type EnrolMfaResult = MfaEnrolment | WrongPasswordError | TooManyAttemptsError | MfaAlreadyEnabledError;

export const ConfirmMfaResult = createUnionType({
  name: 'ConfirmMfaResult',
  description: 'The result of `confirmMfa`: recovery codes, or why not.',
  types: () => [MfaEnabled, InvalidMfaCodeError, MfaNotEnrollingError, MfaAlreadyEnabledError] as const,
});
export type ConfirmMfaResult = MfaEnabled | InvalidMfaCodeError | MfaNotEnrollingError | MfaAlreadyEnabledError;

export const DisableMfaResult = createUnionType({
  name: 'DisableMfaResult',
  description: 'The result of `disableMfa`: done, or why not.',
  types: () =>
    [MfaDisabled, WrongPasswordError, TooManyAttemptsError, InvalidMfaCodeError, MfaNotEnabledError] as const,
});
export type DisableMfaResult =
  MfaDisabled | WrongPasswordError | TooManyAttemptsError | InvalidMfaCodeError | MfaNotEnabledError;
