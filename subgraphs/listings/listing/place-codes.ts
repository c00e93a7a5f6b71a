const TIME_ZONES = new Set(Intl.supportedValuesOf('timeZone'));

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

/** Two-letter region codes ICU names that are not countries (EU, UN, ZZ) or only reserved (UK, for GB). */
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'ZZ', 'UK']);

/** An ISO 3166-1 alpha-2 country code in upper case, e.g. `KE`; not `XX` or `EU`. */
export function isCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && !NOT_COUNTRIES.has(code) && regionNames.of(code) !== undefined;
}

/**
 * The IANA zone as this platform's ICU names it, or null when it is not a place's zone. Aliases are
 * resolved (`US/Pacific` → `America/Los_Angeles`, `Europe/Kyiv` → ICU's `Europe/Kiev`), so equal
 * zones compare equal; `UTC` is refused because a listing is somewhere.
 */
export function canonicalTimeZone(zone: string): string | null {
  if (TIME_ZONES.has(zone)) return zone;
  try {
    const resolved = new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
    return TIME_ZONES.has(resolved) ? resolved : null;
  } catch {
    return null;
  }
}

/** 24-hour `HH:MM`, e.g. `15:00`. */
export function isTimeOfDay(value: string): boolean {
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(value);
}
