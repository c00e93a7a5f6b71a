import { createHmac, hkdfSync, randomInt, timingSafeEqual } from 'node:crypto';
import { ConfigError, type Config } from '../../../platform/runtime/config';

/** Six digits: as many as people type comfortably; attempts per code and codes per hour are limited. */
export function drawCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}

/**
 * HMACs with a key derived from the server's signing secret for this one purpose: a stolen table
 * does not give the codes away (a million guesses offline need the key), and each verification's
 * id is mixed in, so one hash says nothing about another.
 */
export class PhoneCodeHasher {
  private readonly key: Buffer;

  constructor(secret: string) {
    this.key = Buffer.from(hkdfSync('sha256', secret, Buffer.alloc(0), 'phone-verification-code', 32));
  }

  hash(verificationId: string, code: string): string {
    return createHmac('sha256', this.key).update(`${verificationId}\n${code}`).digest('hex');
  }

  matches(verificationId: string, code: string, stored: string): boolean {
    const given = Buffer.from(this.hash(verificationId, code), 'hex');
    const expected = Buffer.from(stored, 'hex');
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  /** Rate-limit key for a number, so Redis never holds the number itself. */
  numberKey(phoneNumber: string): string {
    return createHmac('sha256', this.key).update(`number\n${phoneNumber}`).digest('base64url');
  }
}

/** The hasher of this deployment: the request side and the send job must derive the same key. */
export function phoneCodeHasher(config: Pick<Config, 'signing'>): PhoneCodeHasher {
  if (!config.signing.secret)
    throw new ConfigError(['SUBGRAPH_SIGNING_SECRET: required by accounts and the worker (phone verification codes)']);
  return new PhoneCodeHasher(config.signing.secret);
}
