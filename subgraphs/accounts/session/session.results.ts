import { createUnionType, Field, GraphQLISODateTime, Int, ObjectType } from 'type-graphql';
import { InvalidRefreshTokenError, SessionNotFoundError } from './session.errors';

/** What a client keeps after signing in or refreshing. */
@ObjectType({ description: 'What a client keeps after signing in or refreshing.' })
export class TokenPair {
  @Field({ description: 'Send as `Authorization: Bearer <accessToken>` until `expiresAt`.' })
  accessToken!: string;

  @Field(() => GraphQLISODateTime, {
    description: 'When the access token expires (15 minutes after issue by default).',
  })
  expiresAt!: Date;

  @Field({ description: 'Exchange with `refreshToken` for a new pair. Single use: each refresh returns a new one.' })
  refreshToken!: string;

  @Field(() => GraphQLISODateTime, {
    description: 'When the session ends and can no longer be refreshed (30 days after sign-in by default).',
  })
  refreshTokenExpiresAt!: Date;
}

@ObjectType({ description: 'A new token pair; the refresh token you sent stops working. Keep only the newest one.' })
export class RefreshSuccess extends TokenPair {
  constructor(tokens: TokenPair) {
    super();
    Object.assign(this, tokens);
  }
}

export const RefreshResult = createUnionType({
  name: 'RefreshResult',
  description: 'The result of `refreshToken`: a new token pair, or sign in again.',
  types: () => [RefreshSuccess, InvalidRefreshTokenError] as const,
});
export type RefreshResult = RefreshSuccess | InvalidRefreshTokenError;

@ObjectType({ description: 'Sessions were signed out; their refresh tokens stop working.' })
export class LogoutSuccess {
  @Field(() => Int, { description: 'How many sessions were ended.' })
  revokedSessions: number;

  constructor(revokedSessions: number) {
    this.revokedSessions = revokedSessions;
  }
}

export const RevokeSessionResult = createUnionType({
  name: 'RevokeSessionResult',
  description: 'The result of `revokeSession`: the session ended, or it is not one of yours.',
  types: () => [LogoutSuccess, SessionNotFoundError] as const,
});
export type RevokeSessionResult = LogoutSuccess | SessionNotFoundError;
