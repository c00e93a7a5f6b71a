import { normalizeMpesaPhoneNumber } from './phone-number';

describe('normalizeMpesaPhoneNumber', () => {
  it.each([
    ['0712345678', '254712345678'],
    ['0112345678', '254112345678'],
    ['+254712345678', '254712345678'],
    ['254712345678', '254712345678'],
    ['0712 345 678', '254712345678'],
    ['+254-712-345-678', '254712345678'],
    [' +254 712 345678 ', '254712345678'],
    ['254 110 123 456', '254110123456'],
  ])('accepts %j as %s', (input, msisdn) => {
    expect(normalizeMpesaPhoneNumber(input)).toEqual({ ok: true, msisdn });
  });

  it.each([
    ['', 'INVALID_FORMAT'],
    ['phone', 'INVALID_FORMAT'],
    ['071234567', 'INVALID_FORMAT'],
    ['07123456789', 'INVALID_FORMAT'],
    ['2547123456789', 'INVALID_FORMAT'],
    ['+2547123', 'INVALID_FORMAT'],
    ['0712345678\u0000', 'INVALID_FORMAT'],
    ['+14155552671', 'NOT_KENYAN'],
    ['+255712345678', 'NOT_KENYAN'],
    ['0202345678', 'NOT_MOBILE'],
    ['+254202345678', 'NOT_MOBILE'],
  ])('refuses %j (%s)', (input, problem) => {
    expect(normalizeMpesaPhoneNumber(input)).toEqual({ ok: false, problem });
  });
});
