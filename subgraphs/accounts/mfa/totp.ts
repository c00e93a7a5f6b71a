import { Secret, TOTP } from 'otpauth';

const PERIOD_SECONDS = 30;
/** One step either side, for phones whose clocks drift a little. */
const WINDOW = 1;

export const TOTP_ISSUER = 'StayGraph';

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

function totp(secretBase32: string, account: string): TOTP {
  return new TOTP({
    issuer: TOTP_ISSUER,
    label: account,
    secret: Secret.fromBase32(secretBase32),
    period: PERIOD_SECONDS,
  });
}

/** The `otpauth://` URI an authenticator app reads from a QR code. */
export function totpUri(secretBase32: string, account: string): string {
  return totp(secretBase32, account).toString();
}

/**
 * The time step of a valid code, or null. A code whose step is not after `lastUsedStep` is refused,
 * so an observed code cannot be replayed within its validity.
 */
export function matchTotp(secretBase32: string, code: string, now: Date, lastUsedStep: number | null): number | null {
  const token = code.replace(/\s/g, '');
  if (!/^\d{6}$/.test(token)) return null;
  const delta = totp(secretBase32, '').validate({ token, timestamp: now.getTime(), window: WINDOW });
  if (delta === null) return null;
  const step = Math.floor(now.getTime() / 1000 / PERIOD_SECONDS) + delta;
  return lastUsedStep !== null && step <= lastUsedStep ? null : step;
}

/** The code an authenticator shows at `now`; for tests and tools. */
export function totpCodeAt(secretBase32: string, now: Date): string {
  return totp(secretBase32, '').generate({ timestamp: now.getTime() });
}
