/**
 * ISO 4217 exponents other than 2. Not ICU's `maximumFractionDigits`: those are display digits and
 * differ from ISO for a few currencies (IQD, HUF, IDR, ...), while amounts here are what bookings
 * charge and payment providers settle, which follow ISO.
 */
const ISO_EXPONENTS: Record<string, number> = {
  ...Object.fromEntries(
    [
      'BIF',
      'CLP',
      'DJF',
      'GNF',
      'ISK',
      'JPY',
      'KMF',
      'KRW',
      'PYG',
      'RWF',
      'UGX',
      'VND',
      'VUV',
      'XAF',
      'XOF',
      'XPF',
    ].map((c) => [c, 0]),
  ),
  ...Object.fromEntries(['BHD', 'IQD', 'JOD', 'KWD', 'LYD', 'OMR', 'TND'].map((c) => [c, 3])),
};

/** Units of account without an ISO minor unit (special drawing rights, SUCRE): nothing is priced in them. */
const UNPRICEABLE = new Set(['XDR', 'XSU']);

const KNOWN_CURRENCIES = new Set(Intl.supportedValuesOf('currency').filter((code) => !UNPRICEABLE.has(code)));

/** Digits before the decimal point; keeps every amount in minor units a safe JavaScript integer. */
export const MAX_WHOLE_DIGITS = 10;

export function isKnownCurrency(code: string): boolean {
  return KNOWN_CURRENCIES.has(code);
}

/** How many decimals the currency's minor unit has: JPY 0, USD 2, KWD 3. */
export function currencyExponent(code: string): number {
  return ISO_EXPONENTS[code] ?? 2;
}

export type ParsedAmount = { ok: true; minor: number } | { ok: false; code: string; message: string };

/** A decimal amount such as "120.50" in a currency's minor units (12050 for USD), without floating point. */
export function toMinorUnits(amount: string, currency: string): ParsedAmount {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(amount.trim());
  if (!match)
    return {
      ok: false,
      code: 'INVALID_FORMAT',
      message: 'Write the amount as digits with an optional decimal point, e.g. "120.50".',
    };
  const [, sign, whole, fraction = ''] = match;
  const exponent = currencyExponent(currency);
  // Zeros past the minor unit change nothing ("1500.00" yen is 1500 yen).
  const significant = fraction.replace(/0+$/, '');
  if (significant.length > exponent) {
    const message =
      exponent === 0
        ? `${currency} has no minor unit: give a whole amount.`
        : `${currency} amounts have at most ${exponent} decimals.`;
    return { ok: false, code: 'TOO_MANY_DECIMALS', message };
  }
  if (whole.replace(/^0+(?=\d)/, '').length > MAX_WHOLE_DIGITS) {
    return {
      ok: false,
      code: 'TOO_LARGE',
      message: `The amount must have at most ${MAX_WHOLE_DIGITS} digits before the decimal point.`,
    };
  }
  const minor = Number(whole + significant.padEnd(exponent, '0'));
  return { ok: true, minor: sign && minor !== 0 ? -minor : minor };
}

/** Minor units back to a decimal string with the currency's own decimals: 12050 USD → "120.50". */
export function fromMinorUnits(minor: number, currency: string): string {
  const exponent = currencyExponent(currency);
  const digits = Math.abs(minor)
    .toString()
    .padStart(exponent + 1, '0');
  const whole = digits.slice(0, digits.length - exponent);
  const fraction = exponent > 0 ? `.${digits.slice(digits.length - exponent)}` : '';
  return `${minor < 0 ? '-' : ''}${whole}${fraction}`;
}
