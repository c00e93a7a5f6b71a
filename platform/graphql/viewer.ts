import { createLocalJWKSet, jwtVerify, type JSONWebKeySet } from 'jose';
import { isRole, type Role } from './role';

/** Who is making the request, as proven by a verified access token. */
export interface Viewer {
  id: string;
  roles: Role[];
  /** The sign-in session the token belongs to (`sid` claim). */
  sessionId: string | null;
  /** The email address was confirmed when the token was issued (`email_verified` claim). */
  emailVerified: boolean;
}

export const JWT_ALGORITHM = 'ES256';

export type TokenVerifier = (authorization: string | undefined) => Promise<Viewer | null>;

export class InvalidTokenError extends Error {
  constructor(readonly reason: string) {
    super(`Invalid access token: ${reason}`);
    this.name = 'InvalidTokenError';
  }
}

/**
 * Verifies `Authorization: Bearer <jwt>` against the configured public keys. Only ES256 is accepted,
 * so `alg: none` and HMAC-with-the-public-key tokens fail. No header → anonymous (null).
 */
export function createTokenVerifier(options: { publicKeys: string; issuer: string; audience: string }): TokenVerifier {
  const jwks = createLocalJWKSet(JSON.parse(options.publicKeys) as JSONWebKeySet);
  return async (authorization) => {
    if (!authorization) return null;
    const match = /^Bearer ([A-Za-z0-9_.-]+)$/.exec(authorization);
    if (!match) throw new InvalidTokenError('malformed Authorization header');
    try {
      const { payload } = await jwtVerify(match[1], jwks, {
        algorithms: [JWT_ALGORITHM],
        issuer: options.issuer,
        audience: options.audience,
        requiredClaims: ['sub', 'exp'],
      });
      const roles = Array.isArray(payload.roles) ? payload.roles.filter(isRole) : [];
      return {
        id: String(payload.sub),
        roles,
        sessionId: typeof payload.sid === 'string' ? payload.sid : null,
        emailVerified: payload.email_verified === true,
      };
    } catch (error) {
      throw new InvalidTokenError(error instanceof Error ? error.message : 'verification failed');
    }
  };
}
