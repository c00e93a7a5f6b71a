import { addDays, datesIn } from '../stay/local-dates';
import type { CalendarSettings } from './calendar-lock';
import type { OccupiedRange } from './occupancy-store';
import { OccupancyKind } from './occupancy.entity';
import { CalendarDayStatus } from './calendar.types';

export interface DayView {
  date: string;
  status: CalendarDayStatus;
  bookable: boolean;
  priceMinor: number;
  priceOverridden: boolean;
  minNights: number;
  note: string | null;
}

export interface CalendarFacts {
  today: string;
  bookable: boolean;
  nightlyPriceMinor: number;
  minNights: number;
  settings: CalendarSettings;
  occupied: OccupiedRange[];
  overrides: Map<string, number>;
}

/** Each night of [from, to) with what occupies it, its price and whether a guest could book it now. */
export function calendarDays(from: string, to: string, facts: CalendarFacts): DayView[] {
  const firstBookable = addDays(facts.today, facts.settings.advanceNoticeDays);
  const windowEnd = addDays(facts.today, facts.settings.bookingWindowDays);
  return datesIn(from, to).map((date) => {
    const taken = facts.occupied.find((range) => range.from <= date && date < range.to);
    const status = !taken
      ? CalendarDayStatus.AVAILABLE
      : taken.kind === OccupancyKind.BLOCK
        ? CalendarDayStatus.BLOCKED
        : CalendarDayStatus.BOOKED;
    const override = facts.overrides.get(date);
    return {
      date,
      status,
      bookable: facts.bookable && status === CalendarDayStatus.AVAILABLE && date >= firstBookable && date < windowEnd,
      priceMinor: override ?? facts.nightlyPriceMinor,
      priceOverridden: override !== undefined,
      minNights: facts.minNights,
      note: taken?.kind === OccupancyKind.BLOCK ? taken.note : null,
    };
  });
}
