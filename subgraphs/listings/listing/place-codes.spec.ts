import { canonicalTimeZone, isCountryCode, isTimeOfDay } from './place-codes';

describe('isCountryCode', () => {
  it('accepts ISO 3166-1 alpha-2 codes', () => {
    expect(['KE', 'US', 'JP', 'GB', 'FR', 'BR'].every(isCountryCode)).toBe(true);
  });

  it('refuses unknown codes, groupings, reserved codes and other spellings', () => {
    expect(['XX', 'AA', 'EU', 'UN', 'ZZ', 'UK', 'ke', 'KEN', 'K', ''].some(isCountryCode)).toBe(false);
  });
});

describe('canonicalTimeZone', () => {
  it('keeps canonical IANA zones', () => {
    expect(canonicalTimeZone('Africa/Nairobi')).toBe('Africa/Nairobi');
    expect(canonicalTimeZone('Asia/Tokyo')).toBe('Asia/Tokyo');
  });

  it('resolves aliases and case to the canonical zone', () => {
    expect(canonicalTimeZone('US/Pacific')).toBe('America/Los_Angeles');
    expect(canonicalTimeZone('africa/nairobi')).toBe('Africa/Nairobi');
    expect(canonicalTimeZone('America/Argentina/Buenos_Aires')).toBe('America/Buenos_Aires');
  });

  it('refuses what is not a place', () => {
    for (const zone of ['Mars/Olympus_Mons', 'UTC', 'GMT', '+03:00', '']) expect(canonicalTimeZone(zone)).toBeNull();
  });
});

describe('isTimeOfDay', () => {
  it('accepts 24-hour HH:MM', () => {
    expect(['00:00', '09:30', '15:00', '23:59'].every(isTimeOfDay)).toBe(true);
  });

  it('refuses anything else', () => {
    expect(['24:00', '9:30', '15:60', '3pm', '15:00:00', ''].some(isTimeOfDay)).toBe(false);
  });
});
