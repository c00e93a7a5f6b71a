/**
 * How Stripe reads `amount` per presentment currency, from https://stripe.com/docs/currencies:
 * `decimals` is the number of minor-unit digits in the API amount, `multipleOf` the granularity
 * Stripe enforces on charges and refunds.
 */
export interface CurrencyRule {
  decimals: 0 | 2 | 3;
  multipleOf: 1 | 10 | 100;
}

const TWO_DECIMAL: CurrencyRule = { decimals: 2, multipleOf: 1 };
const ZERO_DECIMAL: CurrencyRule = { decimals: 0, multipleOf: 1 };
/** BHD, JOD, KWD, OMR, TND: three decimals, but Stripe's partners need the last digit to be 0. */
const THREE_DECIMAL: CurrencyRule = { decimals: 3, multipleOf: 10 };
/** ISK became zero-decimal; the API keeps two decimals for compatibility and refuses fractional krónur. */
const TWO_DECIMAL_WHOLE_UNITS: CurrencyRule = { decimals: 2, multipleOf: 100 };

const ZERO_DECIMAL_CODES = 'bif clp djf gnf jpy kmf krw mga pyg rwf ugx vnd vuv xaf xof xpf';
const THREE_DECIMAL_CODES = 'bhd jod kwd omr tnd';
// HUF and TWD are two-decimal for charges; Stripe's "divisible by 100" rule for them applies to payouts only.
const TWO_DECIMAL_CODES =
  'usd aed afn all amd ang aoa ars aud awg azn bam bbd bdt bgn bmd bnd bob brl bsd bwp byn bzd cad cdf chf ' +
  'cny cop crc cve czk dkk dop dzd egp etb eur fjd fkp gbp gel gip gmd gtq gyd hkd hnl htg huf idr ils inr ' +
  'jmd kes kgs khr kyd kzt lak lbp lkr lrd lsl mad mdl mkd mmk mnt mop mur mvr mwk mxn myr mzn nad ngn nio ' +
  'nok npr nzd pab pen pgk php pkr pln qar ron rsd rub sar sbd scr sek sgd shp sle sos srd std szl thb tjs ' +
  'top try ttd twd tzs uah uyu uzs wst xcd xcg yer zar zmw';

export const CURRENCY_RULES: Readonly<Record<string, CurrencyRule>> = Object.freeze({
  ...withRule(TWO_DECIMAL_CODES, TWO_DECIMAL),
  ...withRule(ZERO_DECIMAL_CODES, ZERO_DECIMAL),
  ...withRule(THREE_DECIMAL_CODES, THREE_DECIMAL),
  isk: TWO_DECIMAL_WHOLE_UNITS,
});

/** Stripe's `amount` fields hold at most eight digits. */
export const MAX_AMOUNT = 99_999_999;

export interface AmountProblem {
  code: string;
  message: string;
}

export function currencyRule(currency: string): CurrencyRule | undefined {
  return Object.hasOwn(CURRENCY_RULES, currency) ? CURRENCY_RULES[currency] : undefined;
}

/** Checks a positive integer amount against its currency's granularity and Stripe's upper bound. */
export function amountProblem(amount: number, currency: string): AmountProblem | undefined {
  const rule = currencyRule(currency);
  if (!rule) return { code: 'invalid_currency', message: `Invalid currency: ${currency}.` };
  if (amount > MAX_AMOUNT) {
    return { code: 'amount_too_large', message: `Amount must be no more than ${formatAmount(MAX_AMOUNT, currency)}` };
  }
  if (amount % rule.multipleOf === 0) return undefined;
  if (rule === TWO_DECIMAL_WHOLE_UNITS) {
    return {
      code: 'invalid_charge_amount_no_decimal_compatible',
      message: `Invalid amount. Currency ${currency.toUpperCase()} has become effectively zero-decimal and charged amounts must be evenly divisible by 100.`,
    };
  }
  return {
    code: 'invalid_charge_amount',
    message: `Invalid amount. Amounts in ${currency.toUpperCase()} must be rounded to the nearest ten: the last digit must be 0.`,
  };
}

/** Human-readable amount for error messages, e.g. `12.50 USD`. */
export function formatAmount(amount: number, currency: string): string {
  const decimals = currencyRule(currency)?.decimals ?? 2;
  const major = decimals === 0 ? String(amount) : (amount / 10 ** decimals).toFixed(decimals);
  return `${major} ${currency.toUpperCase()}`;
}

function withRule(codes: string, rule: CurrencyRule): Record<string, CurrencyRule> {
  return Object.fromEntries(codes.split(' ').map((code) => [code, rule]));
}
