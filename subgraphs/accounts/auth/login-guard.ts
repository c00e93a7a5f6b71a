import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import type { LimiterFactory } from '../../../platform/runtime/redis/rate-limiter';
import { lockoutSeconds, type LockoutPolicy } from './lockout';

export interface LoginGuardPolicy extends LockoutPolicy {
  loginMaxFailures: number;
  loginMaxFailuresPerIp: number;
}

/** An allowed attempt carries its number within the account's current window. */
export type AttemptVerdict = { allowed: true; attempt: number } | { allowed: false; retryAfterSeconds: number };

const HOUR = 3600;
const DAY = 86_400;

/**
 * Counts sign-in attempts per account (keyed by the normalized email, so unknown and known
 * addresses behave alike) and per client address. An attempt is counted before the password is
 * checked, so parallel or aliased guesses cannot slip past the limit, and handed back on success.
 * Reaching the per-account limit locks the account for an exponentially growing time.
 */
export class LoginGuard {
  private readonly failuresByAccount: RateLimiterAbstract;
  private readonly failuresByIp: RateLimiterAbstract;
  private readonly lockouts: RateLimiterAbstract;

  constructor(
    limiter: LimiterFactory,
    private readonly policy: LoginGuardPolicy,
  ) {
    this.failuresByAccount = limiter({ name: 'login-account', points: policy.loginMaxFailures, durationSeconds: HOUR });
    this.failuresByIp = limiter({ name: 'login-ip', points: policy.loginMaxFailuresPerIp, durationSeconds: HOUR });
    this.lockouts = limiter({ name: 'lockouts', points: Number.MAX_SAFE_INTEGER, durationSeconds: DAY });
  }

  /** Counts one attempt; refuses it when the account is locked or the address has failed too often. */
  async attempt(accountKey: string, ip: string | null): Promise<AttemptVerdict> {
    const account = await this.failuresByAccount.penalty(accountKey);
    if (account.consumedPoints > this.policy.loginMaxFailures) return refuse(account.msBeforeNext);
    if (ip) {
      const byIp = await this.failuresByIp.penalty(ip);
      if (byIp.consumedPoints > this.policy.loginMaxFailuresPerIp) {
        await this.failuresByAccount.reward(accountKey);
        return refuse(byIp.msBeforeNext);
      }
    }
    return { allowed: true, attempt: account.consumedPoints };
  }

  /** The attempt proved the user: forget the account's failures and give the address its point back. */
  async succeeded(accountKey: string, ip: string | null): Promise<void> {
    await this.failuresByAccount.delete(accountKey);
    if (ip) await this.failuresByIp.reward(ip);
  }

  /**
   * Attempt number `attempt` failed; returns the lockout it caused when it was the last one allowed
   * (exactly one attempt has that number, however many run in parallel).
   */
  async failed(accountKey: string, attempt: number): Promise<{ lockedForSeconds: number } | null> {
    if (attempt !== this.policy.loginMaxFailures) return null;
    const lockouts = await this.lockouts.penalty(accountKey);
    const seconds = lockoutSeconds(lockouts.consumedPoints, this.policy);
    await this.failuresByAccount.block(accountKey, seconds);
    return { lockedForSeconds: seconds };
  }

  /** A proven owner (password reset) starts afresh. */
  async clear(accountKey: string): Promise<void> {
    await Promise.all([this.failuresByAccount.delete(accountKey), this.lockouts.delete(accountKey)]);
  }
}

function refuse(msBeforeNext: number): AttemptVerdict {
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(msBeforeNext / 1000)) };
}
