import { DateTime } from 'luxon';

const DAY_MS = 86_400_000;

export interface StayTiming {
  checkOut: string;
  timeZone?: string;
  completedAt?: string;
}

/**
 * When a stay counts as over: the instant bookings completed it, else (events published before
 * bookings sent it) the end of the check-out day in the listing's time zone, else in UTC. Never
 * earlier than the guest could have left.
 */
export function completionOf({ checkOut, timeZone, completedAt }: StayTiming): Date {
  if (completedAt) return new Date(completedAt);
  const zone = timeZone && DateTime.local().setZone(timeZone).isValid ? timeZone : 'UTC';
  return DateTime.fromISO(checkOut, { zone }).plus({ days: 1 }).startOf('day').toJSDate();
}

/** The review window closes this many days after the stay was completed. */
export function deadlineOf(completedAt: Date, windowDays: number): Date {
  return new Date(completedAt.getTime() + windowDays * DAY_MS);
}

/** Reviews of a stay may be written (and edited) from its completion until its deadline, exclusive. */
export function isWindowOpen(stay: { completedAt: Date; deadline: Date }, now: Date): boolean {
  return now >= stay.completedAt && now < stay.deadline;
}

/** Reminders: a day after completion, and a day before the deadline (when that is still later). */
export function reminderTimes(completedAt: Date, deadline: Date): { at: Date; last: boolean }[] {
  const first = new Date(completedAt.getTime() + DAY_MS);
  const last = new Date(deadline.getTime() - DAY_MS);
  return last > first
    ? [
        { at: first, last: false },
        { at: last, last: true },
      ]
    : [{ at: first, last: false }];
}
