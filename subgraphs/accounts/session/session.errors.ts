import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../../../platform/graphql/user-error';

@ObjectType({ implements: UserError, description: 'Unknown, expired, revoked or reused refresh token: sign in again.' })
export class InvalidRefreshTokenError implements UserError {
  @Field()
  readonly code: string = 'ACCOUNTS.INVALID_REFRESH_TOKEN';

  @Field()
  message: string = 'This refresh token is no longer valid. Please sign in again.';
}

@ObjectType({ implements: UserError, description: 'No active session of yours has this id.' })
export class SessionNotFoundError implements UserError {
  @Field()
  readonly code: string = 'ACCOUNTS.SESSION_NOT_FOUND';

  @Field()
  message: string = 'No active session with this id.';
}
