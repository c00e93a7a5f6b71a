import { randomBytes } from 'node:crypto';
import { hashOpaqueToken } from '../auth/opaque-token';

export const RECOVERY_CODE_COUNT = 10;
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/**
 * Ten codes of 16 characters from a 32-letter alphabet without look-alikes (80 bits each), shown
 * as `ABCD-EFGH-JKLM-NPQR`. That entropy makes a plain SHA-256 a safe way to store them.
 */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const chars = [...randomBytes(16)].map((byte) => ALPHABET[byte % ALPHABET.length]).join('');
    return chars.match(/.{4}/g)!.join('-');
  });
}

/** Case, spaces and dashes do not matter when a code is typed back. */
export function hashRecoveryCode(code: string): string {
  return hashOpaqueToken(code.toUpperCase().replace(/[\s-]/g, ''));
}

export function looksLikeRecoveryCode(code: string): boolean {
  return /^[A-Z2-9]{16}$/.test(code.toUpperCase().replace(/[\s-]/g, ''));
}
