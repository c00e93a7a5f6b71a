import { isSafaricomMsisdn } from './msisdn';

describe('isSafaricomMsisdn', () => {
  it.each(['254708374149', '254712345678', '254110000000'])('accepts %s', (value) => {
    expect(isSafaricomMsisdn(value)).toBe(true);
  });

  it.each([
    '0708374149',
    '+254708374149',
    '25470837414',
    '2547083741490',
    '254208374149',
    '255708374149',
    '254 708374149',
  ])('refuses %s', (value) => {
    expect(isSafaricomMsisdn(value)).toBe(false);
  });
});
