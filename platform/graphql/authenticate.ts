import { unauthenticated } from './graphql-errors';
import { InvalidTokenError, type TokenVerifier, type Viewer } from './viewer';

/** The request's viewer; a bad token is refused with HTTP 401 before anything executes. */
export async function authenticate(
  verifyToken: TokenVerifier,
  authorization: string | undefined,
): Promise<Viewer | null> {
  try {
    return await verifyToken(authorization);
  } catch (error) {
    if (error instanceof InvalidTokenError) throw unauthenticated('The access token is invalid or expired.', 401);
    throw error;
  }
}
