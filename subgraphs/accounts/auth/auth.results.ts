import { createUnionType, Field, GraphQLISODateTime, ObjectType } from 'type-graphql';
import { ValidationError } from '../../kernel/user-error';
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
export class LoginSuccess {
  @Field({ description: 'Send as `Authorization: Bearer <accessToken>`.' })
  accessToken: string;

  @Field(() => GraphQLISODateTime)
  expiresAt: Date;

  @Field(() => User)
  user: User;

  constructor(accessToken: string, expiresAt: Date, user: User) {
    this.accessToken = accessToken;
    this.expiresAt = expiresAt;
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
