import { createUnionType, Field, ObjectType } from 'type-graphql';
import { ValidationError } from '../../../platform/graphql/user-error';
import { TokenPair } from '../session/session.results';
import { User } from '../user/user.entity';
import { InvalidMfaChallengeError, InvalidMfaCodeError } from '../mfa/mfa.errors';
import { MfaRequired } from '../mfa/mfa.results';
import {
  AccountSuspendedError,
  EmailTakenError,
  InvalidCredentialsError,
  RegistrationKeyReusedError,
  TooManyAttemptsError,
} from './auth.errors';

@ObjectType({ description: 'The account exists and a confirmation link is on its way; sign in with `login`.' })
export class RegisterSuccess {
  @Field(() => User, { description: 'The new user, email not yet confirmed.' })
  user: User;

  constructor(user: User) {
    this.user = user;
  }
}

@ObjectType({ description: 'Signed in: a new session with its token pair.' })
export class LoginSuccess extends TokenPair {
  @Field(() => User, { description: 'The signed-in user.' })
  user: User;

  /** The session just opened; not exposed (it is the access token's `sid`). */
  readonly sessionId: string;

  constructor(tokens: TokenPair & { sessionId: string }, user: User) {
    super();
    const { sessionId, ...pair } = tokens;
    Object.assign(this, pair);
    this.sessionId = sessionId;
    this.user = user;
  }
}

export const RegisterResult = createUnionType({
  name: 'RegisterResult',
  description: 'The result of `register`: the new account, or why not.',
  types: () =>
    [RegisterSuccess, ValidationError, EmailTakenError, TooManyAttemptsError, RegistrationKeyReusedError] as const,
});
export type RegisterResult =
  RegisterSuccess | ValidationError | EmailTakenError | TooManyAttemptsError | RegistrationKeyReusedError;

export const LoginResult = createUnionType({
  name: 'LoginResult',
  description: 'The result of `login`: tokens, an MFA challenge to complete, or why not.',
  types: () =>
    [
      LoginSuccess,
      MfaRequired,
      ValidationError,
      InvalidCredentialsError,
      TooManyAttemptsError,
      AccountSuspendedError,
    ] as const,
});
export type LoginResult =
  LoginSuccess | MfaRequired | ValidationError | InvalidCredentialsError | TooManyAttemptsError | AccountSuspendedError;

export const CompleteMfaLoginResult = createUnionType({
  name: 'CompleteMfaLoginResult',
  description: 'The result of `completeMfaLogin`: tokens, or why not.',
  types: () =>
    [LoginSuccess, InvalidMfaCodeError, InvalidMfaChallengeError, TooManyAttemptsError, AccountSuspendedError] as const,
});
export type CompleteMfaLoginResult =
  LoginSuccess | InvalidMfaCodeError | InvalidMfaChallengeError | TooManyAttemptsError | AccountSuspendedError;
