/** A Safaricom M-Pesa number in the form Daraja wants: 254 then 7XXXXXXXX or 1XXXXXXXX, no plus sign. */
export function isSafaricomMsisdn(value: string): boolean {
  return /^254[71]\d{8}$/.test(value);
}
