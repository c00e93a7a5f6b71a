import { stripeSupportsCurrency, toStripeAmount } from './stripe-currency';

describe('Stripe currency adapter', () => {
  it.each<[number, string, number | null]>([
    [15_000, 'USD', 15_000],
    [12_345, 'EUR', 12_345],
    [15_000, 'JPY', 15_000],
    [1_500, 'ISK', 150_000],
    [12_340, 'KWD', 12_340],
    [12_345, 'KWD', null],
    [150_050, 'KES', 150_050],
    [100_000_000, 'USD', null],
    [0, 'USD', null],
    [100, 'XXX', null],
  ])('%d %s → %s', (minor, currency, expected) => {
    expect(toStripeAmount(minor, currency)).toBe(expected);
  });

  it('knows which currencies Stripe takes', () => {
    expect(stripeSupportsCurrency('usd')).toBe(true);
    expect(stripeSupportsCurrency('KES')).toBe(true);
    expect(stripeSupportsCurrency('XXX')).toBe(false);
  });
});
