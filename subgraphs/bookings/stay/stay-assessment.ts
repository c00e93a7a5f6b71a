import type { EntityManager } from '@mikro-orm/postgresql';
import { ListingStatus } from '../../../contracts/enums/listings';
import type { Clock } from '../../../platform/runtime/clock';
import type { Config } from '../../../platform/runtime/config';
import type { ValidationError } from '../../../platform/graphql/user-error';
import type { CalendarSettings } from '../calendar/calendar-lock';
import { occupiedBetween } from '../calendar/occupancy-store';
import { nightlyPrices } from '../pricing/nightly-prices';
import { priceStay, type StayPrice } from '../pricing/stay-price';
import type { ListingTerms } from '../projections/listing-terms.entity';
import { stayProblem, type StayRequest } from './stay-rules';
import { stayError } from './stay-problem-errors';
import { isHostSuspended } from '../projections/host-standing.handlers';
import { DatesUnavailableError, ListingNotBookableError, type StayError } from './stay.errors';

export type Assessment = { ok: true; price: StayPrice } | { ok: false; error: StayError | ValidationError };

/** Checks a stay against a listing's terms and calendar and prices it; quotes and bookings share it. */
export class StayAssessment {
  constructor(
    private readonly clock: Clock,
    private readonly fees: Config['bookings'],
  ) {}

  /**
   * `checkNights: false` leaves the nights to the exclusion constraint (a booking inserts its hold
   * and lets PostgreSQL decide); a quote looks them up.
   */
  async assess(
    em: EntityManager,
    terms: ListingTerms | null,
    calendar: CalendarSettings,
    stay: StayRequest,
    options: { checkNights: boolean; root: string[] },
  ): Promise<Assessment> {
    if (!terms) return { ok: false, error: new ListingNotBookableError() };
    const bookable = terms.status === ListingStatus.PUBLISHED && !(await isHostSuspended(em, terms.hostId));
    const rules = { ...terms, ...calendar, bookable };
    const problem = stayProblem(rules, stay, this.clock());
    if (problem) return { ok: false, error: stayError(problem, options.root) };
    if (options.checkNights && (await occupiedBetween(em, terms.listingId, stay.checkIn, stay.checkOut)).length > 0) {
      return { ok: false, error: new DatesUnavailableError() };
    }
    const prices = await nightlyPrices(em, terms, stay.checkIn, stay.checkOut);
    return {
      ok: true,
      price: priceStay(prices, {
        currency: terms.currency,
        cleaningFeeMinor: terms.cleaningFeeMinor,
        guestServiceFeePercent: this.fees.guestServiceFeePercent,
        taxPercent: this.fees.taxPercent,
      }),
    };
  }
}
