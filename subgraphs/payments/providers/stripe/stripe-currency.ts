import { currencyExponent } from '../../../../platform/graphql/money/money';

/*
 * Stripe's exceptions to ISO 4217 minor units (https://stripe.com/docs/currencies): the digits of
 * its `amount` per currency and the granularity it accepts. Amounts are converted exactly or not
 * at all: money is never rounded silently on its way to the provider.
 */
interface StripeRule {
  decimals: number;
  multipleOf: number;
}

const ZERO_DECIMAL = 'BIF CLP DJF GNF JPY KMF KRW MGA PYG RWF UGX VND VUV XAF XOF XPF';
// The last digit of a three-decimal amount must be 0 for Stripe's partners.
const THREE_DECIMAL = 'BHD JOD KWD OMR TND';
const TWO_DECIMAL =
  'USD AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BRL BSD BWP BYN BZD CAD CDF CHF ' +
  'CNY COP CRC CVE CZK DKK DOP DZD EGP ETB EUR FJD FKP GBP GEL GIP GMD GTQ GYD HKD HNL HTG HUF IDR ILS INR ' +
  'JMD KES KGS KHR KYD KZT LAK LBP LKR LRD LSL MAD MDL MKD MMK MNT MOP MUR MVR MWK MXN MYR MZN NAD NGN NIO ' +
  'NOK NPR NZD PAB PEN PGK PHP PKR PLN QAR RON RSD RUB SAR SBD SCR SEK SGD SHP SLE SOS SRD STD SZL THB TJS ' +
  'TOP TRY TTD TWD TZS UAH UYU UZS WST XCD XCG YER ZAR ZMW';

const RULES: ReadonlyMap<string, StripeRule> = new Map([
  ...TWO_DECIMAL.split(' ').map((c): [string, StripeRule] => [c, { decimals: 2, multipleOf: 1 }]),
  ...ZERO_DECIMAL.split(' ').map((c): [string, StripeRule] => [c, { decimals: 0, multipleOf: 1 }]),
  ...THREE_DECIMAL.split(' ').map((c): [string, StripeRule] => [c, { decimals: 3, multipleOf: 10 }]),
  // ISK is zero-decimal in ISO but two-decimal in Stripe's API, in whole krónur only.
  ['ISK', { decimals: 2, multipleOf: 100 }],
]);

/** Stripe's `amount` holds at most eight digits. */
const MAX_STRIPE_AMOUNT = 99_999_999;

export function stripeSupportsCurrency(currency: string): boolean {
  return RULES.has(currency.toUpperCase());
}

/** ISO minor units → Stripe's `amount`; null when Stripe cannot take this amount in this currency. */
export function toStripeAmount(minor: number, currency: string): number | null {
  const rule = RULES.get(currency.toUpperCase());
  if (!rule || !Number.isSafeInteger(minor) || minor <= 0) return null;
  const shift = rule.decimals - currencyExponent(currency.toUpperCase());
  if (shift < 0 && minor % 10 ** -shift !== 0) return null;
  const amount = shift >= 0 ? minor * 10 ** shift : minor / 10 ** -shift;
  return amount % rule.multipleOf === 0 && amount <= MAX_STRIPE_AMOUNT ? amount : null;
}
