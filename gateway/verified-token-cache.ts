import { createHash } from 'node:crypto';
import { decodeJwt } from 'jose';
import { LRUCache } from 'lru-cache';
import type { Clock } from '../platform/runtime/clock';
import type { TokenVerifier, Viewer } from '../platform/graphql/viewer';

interface Verified {
  viewer: Viewer;
  /** The token's `exp`, in epoch milliseconds. */
  expiresAt: number;
}

/**
 * Remembers tokens that verified, so a signed-in client's every request does not pay an ES256
 * verification. Keyed by the SHA-256 of the Authorization header (the cache holds no token), at most
 * `maxEntries` (least recently used dropped first), and an entry is never used at or after the
 * token's own `exp`. Failures are not remembered: a bad token is verified, and refused, every time.
 * Revocation is unaffected: the denylists are checked on every request after this.
 */
export function cachedTokenVerifier(verify: TokenVerifier, clock: Clock, maxEntries: number): TokenVerifier {
  const verified = new LRUCache<string, Verified>({ max: maxEntries });
  return async (authorization) => {
    if (!authorization) return verify(authorization);
    const key = createHash('sha256').update(authorization).digest('base64url');
    // The signature check judges `exp` by the system time, the gateway by its clock: whichever is later wins.
    const now = Math.max(clock().getTime(), Date.now());
    const hit = verified.get(key);
    // A copy, so no request can change what the next one is told.
    if (hit && now < hit.expiresAt) return { ...hit.viewer, roles: [...hit.viewer.roles] };
    if (hit) verified.delete(key);
    const viewer = await verify(authorization);
    if (!viewer) return viewer;
    // `exp` is a required claim, so a token that verified has one; read after verification, never before.
    const { exp } = decodeJwt(authorization.slice('Bearer '.length));
    if (typeof exp === 'number') verified.set(key, { viewer, expiresAt: exp * 1000 });
    return viewer;
  };
}
