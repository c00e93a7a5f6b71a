import { createHash, randomBytes } from 'node:crypto';

/** An unguessable bearer secret (256 random bits): refresh tokens, emailed links, MFA challenges. */
export function newOpaqueToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What is stored instead of the secret. A fast hash suffices: the input has 256 bits of entropy. */
export function hashOpaqueToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
