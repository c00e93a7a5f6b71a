import { type Clock } from '../shared/clock';
import { randomToken } from '../shared/random-token';

/** Daraja tokens live an hour; `expires_in` is announced one second short, as a string. */
const LIFETIME_MS = 3600 * 1000;

export class AccessTokens {
  private readonly expiries = new Map<string, number>();

  constructor(private readonly clock: Clock) {}

  issue(): { access_token: string; expires_in: string } {
    const token = randomToken(28);
    this.expiries.set(token, this.clock().getTime() + LIFETIME_MS);
    return { access_token: token, expires_in: '3599' };
  }

  isValid(token: string): boolean {
    const expiry = this.expiries.get(token);
    if (expiry === undefined) return false;
    if (expiry > this.clock().getTime()) return true;
    this.expiries.delete(token);
    return false;
  }
}
