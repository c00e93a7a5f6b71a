import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../../../platform/graphql/user-error';

@ObjectType({
  implements: UserError,
  description: 'Returned when the authenticator or recovery code is wrong, expired or already used.',
})
export class InvalidMfaCodeError implements UserError {
  @Field()
  readonly code: string = 'ACCOUNTS.INVALID_MFA_CODE';

  @Field()
  message: string = 'The code is wrong or was already used.';
}

@ObjectType({ implements: UserError, description: 'The sign-in challenge is unknown, used or expired: sign in again.' })
export class InvalidMfaChallengeError implements UserError {
  @Field()
  readonly code: string = 'ACCOUNTS.INVALID_MFA_CHALLENGE';

  @Field()
  message: string = 'This sign-in attempt has expired. Sign in again.';
}

@ObjectType({
  implements: UserError,
  description: 'Returned by `enrolMfa` and `confirmMfa` when two-factor authentication is already on.',
})
export class MfaAlreadyEnabledError implements UserError {
  @Field()
  readonly code: string = 'ACCOUNTS.MFA_ALREADY_ENABLED';

  @Field()
  message: string = 'Two-factor authentication is already on. Turn it off first to enrol another device.';
}

@ObjectType({ implements: UserError, description: 'Returned by `disableMfa` when two-factor authentication is off.' })
export class MfaNotEnabledError implements UserError {
  @Field()
  readonly code: string = 'ACCOUNTS.MFA_NOT_ENABLED';

  @Field()
  message: string = 'Two-factor authentication is not on.';
}

@ObjectType({ implements: UserError, description: 'confirmMfa was called without enrolMfa first.' })
export class MfaNotEnrollingError implements UserError {
  @Field()
  readonly code: string = 'ACCOUNTS.MFA_NOT_ENROLLING';

  @Field()
  message: string = 'Start enrolment with enrolMfa first.';
}
