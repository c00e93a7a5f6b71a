/** Percentages are exact to a millionth of a percent, so 12.5 % of any amount is computed without floating point. */
const PERCENT_SCALE = 1_000_000n;

/** `percent` % of an amount in minor units, rounded half-up to a whole minor unit (0.5 cent → 1 cent). */
export function percentOfMinor(amountMinor: number, percent: number): number {
  if (!Number.isSafeInteger(amountMinor) || amountMinor < 0)
    throw new Error(`not an amount in minor units: ${amountMinor}`);
  const numerator = BigInt(amountMinor) * BigInt(Math.round(percent * Number(PERCENT_SCALE)));
  const denominator = 100n * PERCENT_SCALE;
  return Number((2n * numerator + denominator) / (2n * denominator));
}
