import { z } from 'zod';

/** Seven decimal places of a degree is about a centimetre: finer is noise, not a place. */
const DECIMALS = 7;

/**
 * A latitude or longitude in degrees, range-checked then rounded to DECIMALS places. Rounding also
 * keeps denormal inputs (5e-324) out of PostgreSQL's trigonometry, which refuses to underflow.
 */
function coordinate(label: string, limit: number) {
  return z
    .number()
    .refine((n) => n >= -limit && n <= limit, {
      message: `${label} must be between ${-limit} and ${limit}.`,
      params: { code: 'OUT_OF_RANGE' },
    })
    .transform((n) => Number(n.toFixed(DECIMALS)) + 0);
}

export const latitudeSchema = coordinate('Latitude', 90);
export const longitudeSchema = coordinate('Longitude', 180);
