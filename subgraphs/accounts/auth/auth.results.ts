import { createUnionType, Field, ObjectType } from 'type-graphql';
import { ValidationError } from '../../kernel/user-error';
import { TokenPair } from '../session/session.results';
import { User } from '../user/user.entity';
import { EmailTakenError, InvalidCredentialsError } from './auth.errors';

@ObjectType()
export class RegisterSuccess {
  @Field(() => User)
  user: User;

  constructor(user: User) {
    this.user = user;
  }
}

@ObjectType()
export class LoginSuccess extends TokenPair {
  @Field(() => User)
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
  types: () => [RegisterSuccess, ValidationError, EmailTakenError] as const,
});
export type RegisterResult = RegisterSuccess | ValidationError | EmailTakenError;

export const LoginResult = createUnionType({
  name: 'LoginResult',
  types: () => [LoginSuccess, ValidationError, InvalidCredentialsError] as const,
});
export type LoginResult = LoginSuccess | ValidationError | InvalidCredentialsError;
