import { createUnionType, Field, GraphQLISODateTime, Int, ObjectType } from 'type-graphql';
import { InvalidRefreshTokenError, SessionNotFoundError } from './session.errors';

/** What a client keeps after signing in or refreshing. */
@ObjectType()
export class TokenPair {
  @Field({ description: 'Send as `Authorization: Bearer <accessToken>` until `expiresAt`.' })
  accessToken!: string;

  @Field(() => GraphQLISODateTime)
  expiresAt!: Date;

  @Field({ description: 'Exchange with `refreshToken` for a new pair. Single use: each refresh returns a new one.' })
  refreshToken!: string;

  @Field(() => GraphQLISODateTime)
  refreshTokenExpiresAt!: Date;
}

@ObjectType()
export class RefreshSuccess extends TokenPair {
  constructor(tokens: TokenPair) {
    super();
    Object.assign(this, tokens);
  }
}

export const RefreshResult = createUnionType({
  name: 'RefreshResult',
  types: () => [RefreshSuccess, InvalidRefreshTokenError] as const,
});
export type RefreshResult = RefreshSuccess | InvalidRefreshTokenError;

@ObjectType()
export class LogoutSuccess {
  @Field(() => Int, { description: 'How many sessions were ended.' })
  revokedSessions: number;

  constructor(revokedSessions: number) {
    this.revokedSessions = revokedSessions;
  }
}

export const RevokeSessionResult = createUnionType({
  name: 'RevokeSessionResult',
  types: () => [LogoutSuccess, SessionNotFoundError] as const,
});
export type RevokeSessionResult = LogoutSuccess | SessionNotFoundError;
