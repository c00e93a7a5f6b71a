import type { EntityManager } from '@mikro-orm/postgresql';
import { GraphQLError } from 'graphql';
import { ListingStatus } from '../../../contracts/enums/listings';
import type { Clock } from '../../../platform/runtime/clock';
import { Money } from '../../../platform/graphql/money/money.type';
import { priceOverrides } from '../pricing/nightly-prices';
import type { ListingTerms } from '../projections/listing-terms.entity';
import { isLocalDate } from '../../../platform/graphql/scalars/local-date';
import { nightsBetween, todayIn } from '../stay/local-dates';
import { calendarDays, type DayView } from './calendar-days';
import { readCalendar } from './calendar-lock';
import { occupiedBetween } from './occupancy-store';
import { MAX_CALENDAR_DAYS, type AvailabilityDay, type ListingCalendar } from './calendar.types';

/** A range the schema accepted but the calendar cannot serve: a client error, like a page size over the maximum. */
function checkRange(from: string, to: string): void {
  const nights = isLocalDate(from) && isLocalDate(to) ? nightsBetween(from, to) : 0;
  if (nights < 1 || nights > MAX_CALENDAR_DAYS) {
    throw new GraphQLError(`"to" must be 1 to ${MAX_CALENDAR_DAYS} days after "from".`, {
      extensions: { code: 'BAD_USER_INPUT', argumentName: 'to' },
    });
  }
}

/** Reads of a listing's calendar: three statements whatever the range. */
export class CalendarQueries {
  constructor(private readonly clock: Clock) {}

  async calendar(em: EntityManager, terms: ListingTerms, from: string, to: string): Promise<ListingCalendar> {
    const { settings, days } = await this.days(em, terms, from, to);
    return {
      ...settings,
      days: days.map(({ priceMinor, ...day }) => ({ ...day, price: new Money(priceMinor, terms.currency) })),
    };
  }

  async availability(em: EntityManager, terms: ListingTerms, from: string, to: string): Promise<AvailabilityDay[]> {
    const { days } = await this.days(em, terms, from, to);
    return days.map((day) => ({ date: day.date, available: day.bookable }));
  }

  private async days(em: EntityManager, terms: ListingTerms, from: string, to: string) {
    checkRange(from, to);
    const settings = await readCalendar(em, terms.listingId);
    const [occupied, overrides] = await Promise.all([
      occupiedBetween(em, terms.listingId, from, to),
      priceOverrides(em, terms.listingId, from, to),
    ]);
    const days: DayView[] = calendarDays(from, to, {
      today: todayIn(terms.timeZone, this.clock()),
      bookable: terms.status === ListingStatus.PUBLISHED,
      nightlyPriceMinor: terms.nightlyPriceMinor,
      minNights: terms.minNights,
      settings,
      occupied,
      overrides,
    });
    return { settings, days };
  }
}
