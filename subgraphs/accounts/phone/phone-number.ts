import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

/**
 * The number in E.164 form when it is a valid mobile (or possibly mobile) number written
 * internationally (`+` and the country code), else null. Landlines cannot receive the code.
 */
export function mobileNumberE164(input: string): string | null {
  const trimmed = input.trim();
  if (!trimmed.startsWith('+')) return null;
  const parsed = parsePhoneNumberFromString(trimmed);
  if (!parsed?.isValid()) return null;
  const type = parsed.getType();
  if (type !== undefined && !['MOBILE', 'FIXED_LINE_OR_MOBILE'].includes(type)) return null;
  return parsed.number;
}
