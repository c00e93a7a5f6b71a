import { DateTime } from 'luxon';

/**
 * Stay dates are local calendar dates (`YYYY-MM-DD`) in the listing's time zone. Date arithmetic is
 * done in UTC, where every day has 24 hours; only turning a date and a time into an instant needs
 * the listing's zone (and its DST rules).
 */
function utcDate(date: string): DateTime {
  return DateTime.fromISO(date, { zone: 'utc' });
}

/** The date it is now where the listing is. */
export function todayIn(zone: string, now: Date): string {
  return DateTime.fromJSDate(now).setZone(zone).toISODate() as string;
}

export function addDays(date: string, days: number): string {
  return utcDate(date).plus({ days }).toISODate() as string;
}

/** Nights between two dates: 1 from a date to the next. */
export function nightsBetween(from: string, to: string): number {
  return Math.round(utcDate(to).diff(utcDate(from), 'days').days);
}

/** Every date of the half-open range [from, to). */
export function datesIn(from: string, to: string): string[] {
  return Array.from({ length: Math.max(0, nightsBetween(from, to)) }, (_, i) => addDays(from, i));
}

/** The instant a local date and `HH:MM` time happen in a zone (a time skipped by DST moves forward). */
export function localInstant(date: string, time: string, zone: string): DateTime {
  return DateTime.fromISO(`${date}T${time}`, { zone });
}

export function laterDate(a: string, b: string): string {
  return a > b ? a : b;
}
