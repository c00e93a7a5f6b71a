import { amountProblem, currencyRule, formatAmount } from './currencies';

describe('currency rules', () => {
  it.each([
    ['usd', 1, undefined],
    ['usd', 1999, undefined],
    ['jpy', 5, undefined],
    ['krw', 1001, undefined],
    ['vnd', 20_001, undefined],
    ['ugx', 3_701, undefined],
    ['huf', 1_001, undefined],
    ['twd', 1_001, undefined],
    ['kwd', 1_000, undefined],
    ['kwd', 1_005, 'invalid_charge_amount'],
    ['bhd', 12_341, 'invalid_charge_amount'],
    ['jod', 12_340, undefined],
    ['omr', 9, 'invalid_charge_amount'],
    ['tnd', 10, undefined],
    ['isk', 500, undefined],
    ['isk', 550, 'invalid_charge_amount_no_decimal_compatible'],
    ['usd', 99_999_999, undefined],
    ['usd', 100_000_000, 'amount_too_large'],
    ['xyz', 100, 'invalid_currency'],
  ])('%s %d -> %s', (currency, amount, code) => {
    expect(amountProblem(amount, currency)?.code).toBe(code);
  });

  it('knows minor-unit digits per currency', () => {
    expect(currencyRule('eur')?.decimals).toBe(2);
    expect(currencyRule('jpy')?.decimals).toBe(0);
    expect(currencyRule('kwd')?.decimals).toBe(3);
    expect(currencyRule('isk')?.decimals).toBe(2);
    expect(currencyRule('kes')?.decimals).toBe(2);
    expect(currencyRule('toString')).toBeUndefined();
  });

  it('formats amounts for messages', () => {
    expect(formatAmount(1050, 'usd')).toBe('10.50 USD');
    expect(formatAmount(1050, 'jpy')).toBe('1050 JPY');
    expect(formatAmount(1050, 'kwd')).toBe('1.050 KWD');
  });
});
