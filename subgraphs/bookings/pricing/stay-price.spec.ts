import { fromMinorUnits, toMinorUnits } from '../../../platform/graphql/money/money';
import { percentOfMinor } from './rounding';
import { priceStay } from './stay-price';

const minor = (amount: string, currency: string) => {
  const parsed = toMinorUnits(amount, currency);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.minor;
};

describe('percentOfMinor', () => {
  it('rounds half-up to a whole minor unit', () => {
    expect(percentOfMinor(12345, 10)).toBe(1235); // 1234.5 → 1235
    expect(percentOfMinor(12344, 10)).toBe(1234); // 1234.4 → 1234
    expect(percentOfMinor(5, 10)).toBe(1); // 0.5 → 1
    expect(percentOfMinor(4, 10)).toBe(0);
  });

  it('is exact for fractional percentages that floating point gets wrong', () => {
    // 1.15 * 100 is 114.99999999999999 in floating point; 7.5 % of 1000 is exactly 75.
    expect(percentOfMinor(100, 1.15)).toBe(1);
    expect(percentOfMinor(1000, 7.5)).toBe(75);
    expect(percentOfMinor(30, 12.5)).toBe(4); // 3.75 → 4
    expect(percentOfMinor(1_000_000_000_000, 12)).toBe(120_000_000_000);
  });

  it('refuses what is not an amount in minor units', () => {
    expect(() => percentOfMinor(1.5, 10)).toThrow();
    expect(() => percentOfMinor(-1, 10)).toThrow();
  });
});

describe('priceStay', () => {
  const terms = { guestServiceFeePercent: 12, taxPercent: 8 };

  it('adds nights (with their own prices), cleaning, service fee and taxes in USD cents', () => {
    const price = priceStay([12050, 12050, 15000], { ...terms, currency: 'USD', cleaningFeeMinor: 3000 });
    // base 42100: fee 5052, taxes 3368
    expect(price).toEqual({
      currency: 'USD',
      nights: 3,
      accommodationMinor: 39100,
      cleaningFeeMinor: 3000,
      serviceFeeMinor: 5052,
      taxesMinor: 3368,
      totalMinor: 42100 + 5052 + 3368,
    });
  });

  it('rounds each line half-up in yen, which has no minor unit', () => {
    const price = priceStay([minor('15005', 'JPY')], {
      guestServiceFeePercent: 10,
      taxPercent: 10,
      currency: 'JPY',
      cleaningFeeMinor: 0,
    });
    expect(fromMinorUnits(price.serviceFeeMinor, 'JPY')).toBe('1501'); // 1500.5
    expect(fromMinorUnits(price.taxesMinor, 'JPY')).toBe('1501');
    expect(fromMinorUnits(price.totalMinor, 'JPY')).toBe('18007');
  });

  it('rounds half-up to the fils in Kuwaiti dinars (three decimals)', () => {
    const price = priceStay([minor('10.005', 'KWD')], {
      guestServiceFeePercent: 10,
      taxPercent: 0,
      currency: 'KWD',
      cleaningFeeMinor: minor('2', 'KWD'),
    });
    // 10 % of 12.005 = 1.2005 → 1.201
    expect(fromMinorUnits(price.serviceFeeMinor, 'KWD')).toBe('1.201');
    expect(fromMinorUnits(price.totalMinor, 'KWD')).toBe('13.206');
  });

  it('charges nothing extra when the percentages are zero', () => {
    const price = priceStay([100, 100], {
      guestServiceFeePercent: 0,
      taxPercent: 0,
      currency: 'EUR',
      cleaningFeeMinor: 0,
    });
    expect(price.totalMinor).toBe(200);
  });
});
