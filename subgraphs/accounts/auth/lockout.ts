export interface LockoutPolicy {
  lockoutBaseSeconds: number;
  lockoutMaxSeconds: number;
}

/** How long the n-th lockout within a day lasts: the base, doubling each time, capped. */
export function lockoutSeconds(lockoutsToday: number, policy: LockoutPolicy): number {
  const doublings = Math.max(0, lockoutsToday - 1);
  // Capped before exponentiation so a long attack cannot overflow to Infinity.
  return Math.min(policy.lockoutBaseSeconds * 2 ** Math.min(doublings, 30), policy.lockoutMaxSeconds);
}
