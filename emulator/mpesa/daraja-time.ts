/** M-Pesa reports local Kenyan time (EAT, UTC+3, no daylight saving). */
const EAT_OFFSET_MS = 3 * 60 * 60 * 1000;

/** Reads a `YYYYMMDDHHmmss` timestamp; undefined when it is malformed or names an impossible date. */
export function parseDarajaTimestamp(value: string): Date | undefined {
  const match = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(value);
  if (!match) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number);
  const utc = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(utc);
  const valid =
    check.getUTCFullYear() === year &&
    check.getUTCMonth() === month - 1 &&
    check.getUTCDate() === day &&
    check.getUTCHours() === hour &&
    check.getUTCMinutes() === minute &&
    check.getUTCSeconds() === second;
  return valid ? new Date(utc - EAT_OFFSET_MS) : undefined;
}

/** `YYYYMMDDHHmmss` in EAT, the format of `TransactionDate` and `TransCompletedTime`. */
export function formatDarajaTimestamp(instant: Date): string {
  const eat = new Date(instant.getTime() + EAT_OFFSET_MS).toISOString();
  return eat.slice(0, 19).replace(/[-T:]/g, '');
}

/** `dd.MM.yyyy HH:mm:ss` in EAT, the format of B2C's `TransactionCompletedDateTime`. */
export function formatB2cCompletedTime(instant: Date): string {
  const stamp = formatDarajaTimestamp(instant);
  return `${stamp.slice(6, 8)}.${stamp.slice(4, 6)}.${stamp.slice(0, 4)} ${stamp.slice(8, 10)}:${stamp.slice(10, 12)}:${stamp.slice(12, 14)}`;
}
