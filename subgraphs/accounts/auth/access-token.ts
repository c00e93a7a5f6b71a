import { importJWK, SignJWT, type JWK } from 'jose';
import type { Clock } from '../../../platform/runtime/clock';
import { JWT_ALGORITHM } from '../../../platform/graphql/viewer';
import type { User } from '../user/user.entity';

export interface AccessToken {
  token: string;
  expiresAt: Date;
}

export interface AccessTokenIssuer {
  issue(user: User, sessionId: string): Promise<AccessToken>;
}

export interface AccessTokenOptions {
  /** Private signing key as a JWK with `kid`, from JWT_PRIVATE_KEY. */
  privateKey: string;
  issuer: string;
  audience: string;
  ttlSeconds: number;
  clock: Clock;
}

export async function createAccessTokenIssuer(options: AccessTokenOptions): Promise<AccessTokenIssuer> {
  const jwk = JSON.parse(options.privateKey) as JWK;
  if (!jwk.kid) throw new Error('JWT_PRIVATE_KEY must be a JWK with a "kid"');
  const key = await importJWK(jwk, JWT_ALGORITHM);
  return {
    async issue(user, sessionId) {
      const now = options.clock();
      const issuedAt = Math.floor(now.getTime() / 1000);
      const expiresAt = new Date((issuedAt + options.ttlSeconds) * 1000);
      const token = await new SignJWT({
        roles: user.roles,
        sid: sessionId,
        email_verified: user.emailVerifiedAt !== null,
      })
        .setProtectedHeader({ alg: JWT_ALGORITHM, kid: jwk.kid, typ: 'JWT' })
        .setSubject(user.id)
        .setIssuer(options.issuer)
        .setAudience(options.audience)
        .setIssuedAt(issuedAt)
        .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
        .sign(key);
      return { token, expiresAt };
    },
  };
}
