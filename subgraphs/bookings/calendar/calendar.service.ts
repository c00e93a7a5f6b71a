import type { EntityManager } from '@mikro-orm/postgresql';
import type { z } from 'zod';
import type { Clock } from '../../../platform/runtime/clock';
import { toMinorUnits } from '../../../platform/graphql/money/money';
import { FieldError, ValidationError } from '../../../platform/graphql/user-error';
import { validate } from '../../../platform/graphql/validation';
import { ListingTerms } from '../projections/listing-terms.entity';
import { todayIn } from '../stay/local-dates';
import { DatesInPastError, DatesUnavailableError } from '../stay/stay.errors';
import { announceAvailability } from './availability-announcement';
import { bumpCalendar, lockCalendar } from './calendar-lock';
import { CalendarNotFoundError, StaleCalendarVersionError } from './calendar.errors';
import {
  blockSchema,
  priceSchema,
  settingsSchema,
  unblockSchema,
  type BlockDatesInput,
  type CalendarSettingsInput,
  type SetNightlyPriceInput,
  type UnblockDatesInput,
} from './calendar.inputs';
import { CalendarChanged, type ChangeCalendarResult } from './calendar.results';
import { blockNights, unblockNights } from './host-blocks';
import { isOverlap } from './occupancy-store';

type Edit = (tx: EntityManager, terms: ListingTerms) => Promise<ChangeCalendarResult | void>;

/** A host's changes to a listing's calendar, each refused when the calendar changed since the host read it. */
export class CalendarService {
  constructor(private readonly clock: Clock) {}

  block(em: EntityManager, hostId: string, input: BlockDatesInput, requestId: string): Promise<ChangeCalendarResult> {
    return this.rangeEdit(em, hostId, blockSchema, input, requestId, (tx, terms, value) =>
      blockNights(tx, terms.listingId, value, this.clock()),
    );
  }

  unblock(
    em: EntityManager,
    hostId: string,
    input: UnblockDatesInput,
    requestId: string,
  ): Promise<ChangeCalendarResult> {
    return this.rangeEdit(em, hostId, unblockSchema, input, requestId, (tx, terms, value) =>
      unblockNights(tx, terms.listingId, value, this.clock()),
    );
  }

  async setNightlyPrice(em: EntityManager, hostId: string, input: SetNightlyPriceInput): Promise<ChangeCalendarResult> {
    const parsed = validate(priceSchema, input);
    if (!parsed.ok) return parsed.error;
    const { from, to, price } = parsed.value;
    return this.edit(em, hostId, parsed.value, { announce: false }, async (tx, terms) => {
      if (from < todayIn(terms.timeZone, this.clock()))
        return new DatesInPastError(todayIn(terms.timeZone, this.clock()));
      if (price === null) {
        await tx.execute(
          'delete from bookings.price_overrides where listing_id = ? and date >= ?::date and date < ?::date',
          [terms.listingId, from, to],
        );
        return;
      }
      const minor = toMinorUnits(price, terms.currency);
      if (!minor.ok || minor.minor <= 0) {
        return new ValidationError([
          new FieldError(
            ['input', 'price'],
            minor.ok ? 'NOT_POSITIVE' : minor.code,
            minor.ok ? 'The price must be more than 0.' : minor.message,
          ),
        ]);
      }
      await tx.execute(
        `insert into bookings.price_overrides (listing_id, date, price_minor)
         select ?, d::date, ? from generate_series(?::date, ?::date - 1, interval '1 day') d
         on conflict (listing_id, date) do update set price_minor = excluded.price_minor`,
        [terms.listingId, minor.minor, from, to],
      );
    });
  }

  async updateSettings(em: EntityManager, hostId: string, input: CalendarSettingsInput): Promise<ChangeCalendarResult> {
    const parsed = validate(settingsSchema, input);
    if (!parsed.ok) return parsed.error;
    return this.edit(em, hostId, parsed.value, { announce: false }, async (tx, terms) => {
      await tx.execute(
        'update bookings.calendars set advance_notice_days = ?, booking_window_days = ? where listing_id = ?',
        [parsed.value.advanceNoticeDays, parsed.value.bookingWindowDays, terms.listingId],
      );
    });
  }

  /** Blocks and unblocks change occupancy: they start today or later and are announced. */
  private async rangeEdit<
    S extends z.ZodType<{ listingId: string; expectedVersion: number; from: string; to: string }>,
  >(
    em: EntityManager,
    hostId: string,
    schema: S,
    input: unknown,
    requestId: string,
    change: (tx: EntityManager, terms: ListingTerms, value: z.output<S>) => Promise<void>,
  ): Promise<ChangeCalendarResult> {
    const parsed = validate(schema, input);
    if (!parsed.ok) return parsed.error;
    const value = parsed.value;
    try {
      return await this.edit(em, hostId, value, { announce: true, requestId }, async (tx, terms) => {
        const today = todayIn(terms.timeZone, this.clock());
        if (value.from < today) return new DatesInPastError(today);
        await change(tx, terms, value);
      });
    } catch (error) {
      if (isOverlap(error)) return new DatesUnavailableError();
      throw error;
    }
  }

  private async edit(
    em: EntityManager,
    hostId: string,
    target: { listingId: string; expectedVersion: number },
    options: { announce: boolean; requestId?: string },
    change: Edit,
  ): Promise<ChangeCalendarResult> {
    const terms = await em.findOne(ListingTerms, { listingId: target.listingId });
    if (!terms || terms.hostId !== hostId) return new CalendarNotFoundError();
    return em.transactional(async (tx) => {
      const calendar = await lockCalendar(tx, terms.listingId);
      if (calendar.version !== target.expectedVersion) return new StaleCalendarVersionError(calendar.version);
      const refused = await change(tx, terms);
      if (refused) return refused;
      const version = options.announce
        ? await announceAvailability(tx, terms, { clock: this.clock, requestId: options.requestId })
        : await bumpCalendar(tx, terms.listingId);
      return new CalendarChanged(terms.listingId, version);
    });
  }
}
