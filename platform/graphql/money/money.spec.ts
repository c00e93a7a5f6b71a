import { currencyExponent, fromMinorUnits, isKnownCurrency, toMinorUnits } from './money';

describe('currencies', () => {
  it('knows ISO 4217 codes and nothing else', () => {
    expect(['USD', 'EUR', 'JPY', 'KWD', 'KES'].every(isKnownCurrency)).toBe(true);
    expect(['usd', 'XXX', 'ABC', 'US', 'XDR'].some(isKnownCurrency)).toBe(false);
  });

  it("uses each currency's ISO minor unit, also where ICU's display digits differ", () => {
    expect(['JPY', 'USD', 'KWD', 'IQD', 'IDR'].map(currencyExponent)).toEqual([0, 2, 3, 3, 2]);
  });
});

describe('toMinorUnits', () => {
  it.each([
    ['120.50', 'USD', 12050],
    ['120.5', 'USD', 12050],
    ['120', 'USD', 12000],
    ['0.07', 'EUR', 7],
    ['15000', 'JPY', 15000],
    ['15000.00', 'JPY', 15000],
    ['12.345', 'KWD', 12345],
    ['0', 'USD', 0],
    [' 007.10 ', 'USD', 710],
    ['-5', 'USD', -500],
    ['9999999999.99', 'USD', 999999999999],
  ])('reads %s %s as %d minor units', (amount, currency, minor) => {
    expect(toMinorUnits(amount, currency)).toEqual({ ok: true, minor });
  });

  it.each([
    ['15000.5', 'JPY', 'TOO_MANY_DECIMALS'],
    ['10.001', 'USD', 'TOO_MANY_DECIMALS'],
    ['1.2345', 'KWD', 'TOO_MANY_DECIMALS'],
    ['12,50', 'EUR', 'INVALID_FORMAT'],
    ['1e3', 'USD', 'INVALID_FORMAT'],
    ['', 'USD', 'INVALID_FORMAT'],
    ['.5', 'USD', 'INVALID_FORMAT'],
    ['10000000000', 'USD', 'TOO_LARGE'],
  ])('refuses %s %s with %s', (amount, currency, code) => {
    expect(toMinorUnits(amount, currency)).toMatchObject({ ok: false, code });
  });

  it('names the currency when it has no minor unit', () => {
    expect(toMinorUnits('1.5', 'JPY')).toMatchObject({ message: 'JPY has no minor unit: give a whole amount.' });
  });
});

describe('fromMinorUnits', () => {
  it.each([
    [12050, 'USD', '120.50'],
    [7, 'EUR', '0.07'],
    [0, 'USD', '0.00'],
    [15000, 'JPY', '15000'],
    [12345, 'KWD', '12.345'],
    [5, 'KWD', '0.005'],
    [-500, 'USD', '-5.00'],
  ])('writes %d %s as %s', (minor, currency, amount) => {
    expect(fromMinorUnits(minor, currency)).toBe(amount);
  });

  it('round-trips with toMinorUnits', () => {
    for (const [amount, currency] of [
      ['1234567.89', 'USD'],
      ['987', 'JPY'],
      ['0.125', 'BHD'],
    ]) {
      const parsed = toMinorUnits(amount, currency);
      expect(parsed.ok && fromMinorUnits(parsed.minor, currency)).toBe(amount);
    }
  });
});
