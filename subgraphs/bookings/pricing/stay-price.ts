import { percentOfMinor } from './rounding';

export interface PricingTerms {
  currency: string;
  cleaningFeeMinor: number;
  guestServiceFeePercent: number;
  taxPercent: number;
}

/** A stay's price in the listing's currency, every amount in its minor units. */
export interface StayPrice {
  currency: string;
  nights: number;
  accommodationMinor: number;
  cleaningFeeMinor: number;
  serviceFeeMinor: number;
  taxesMinor: number;
  totalMinor: number;
}

/**
 * Prices a stay from the price of each night (overrides already applied). The guest service fee is
 * a percentage of accommodation and cleaning; taxes are charged on the same base. Each line is
 * rounded half-up to the currency's minor unit on its own, and the total is their sum, so the lines
 * always add up.
 */
export function priceStay(nightlyPricesMinor: number[], terms: PricingTerms): StayPrice {
  const accommodationMinor = nightlyPricesMinor.reduce((sum, price) => sum + price, 0);
  const base = accommodationMinor + terms.cleaningFeeMinor;
  const serviceFeeMinor = percentOfMinor(base, terms.guestServiceFeePercent);
  const taxesMinor = percentOfMinor(base, terms.taxPercent);
  return {
    currency: terms.currency,
    nights: nightlyPricesMinor.length,
    accommodationMinor,
    cleaningFeeMinor: terms.cleaningFeeMinor,
    serviceFeeMinor,
    taxesMinor,
    totalMinor: base + serviceFeeMinor + taxesMinor,
  };
}
