import { mobileNumberE164 } from './phone-number';

describe('mobileNumberE164', () => {
  it.each([
    ['+254712345678', '+254712345678'],
    [' +254 712 345 678 ', '+254712345678'],
    ['+49 151 12345678', '+4915112345678'],
    // North American numbers do not tell mobiles from landlines: they are taken.
    ['+1 (415) 555-2671', '+14155552671'],
  ])('takes %j as %s', (input, e164) => {
    expect(mobileNumberE164(input)).toBe(e164);
  });

  it.each([
    ['no country code', '0712345678'],
    ['a Kenyan landline', '+254 20 1234567'],
    ['a toll-free number', '+1 800 555 0100'],
    ['too short', '+999'],
    ['text', 'call me maybe'],
    ['empty', ''],
  ])('refuses %s', (_what, input) => {
    expect(mobileNumberE164(input)).toBeNull();
  });
});
