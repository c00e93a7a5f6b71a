import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../../platform/runtime/clock';
import type { Config } from '../../../platform/runtime/config';
import { Outbox } from '../../../platform/events/outbox';
import { validate } from '../../../platform/graphql/validation';
import { availabilityRefresh } from '../calendar/availability-refresh.job';
import { lockCalendar } from '../calendar/calendar-lock';
import { isOverlap, occupyAndBump } from '../calendar/occupancy-store';
import { OccupancyKind } from '../calendar/occupancy.entity';
import { BookingRequested } from '../../../contracts/events/bookings';
import { ListingTerms } from '../projections/listing-terms.entity';
import type { StayPrice } from '../pricing/stay-price';
import { localInstant } from '../stay/local-dates';
import type { StayAssessment } from '../stay/stay-assessment';
import { DatesUnavailableError, ListingNotBookableError } from '../stay/stay.errors';
import { initialState } from './booking-state';
import { subjectOf } from './booking-effects';
import { BookingTransition } from './booking-transition.entity';
import { Booking } from './booking.entity';
import { Actor, Awaiting } from './booking.enums';
import { IdempotencyKeyReusedError, OwnListingError } from './booking.errors';
import { createBookingSchema, type CreateBookingInput } from './booking.inputs';
import { BookingCreated, type CreateBookingResult } from './booking.results';
import { holdExpiry } from './hold-expiry.job';

type Request = ReturnType<typeof createBookingSchema.parse>;

const UNIQUE_VIOLATION = '23505';

export class CreateBookingService {
  constructor(
    private readonly clock: Clock,
    private readonly settings: Config['bookings'],
    private readonly stays: StayAssessment,
  ) {}

  /**
   * Books a stay for the viewer. The nights are taken by inserting the booking's hold into the
   * occupancy table: PostgreSQL's exclusion constraint, not a prior check, decides who gets them.
   * The transaction is kept short: its event and jobs go out in one statement, and the listing's
   * availability snapshot is published by a job after it commits.
   */
  async create(
    em: EntityManager,
    guestId: string,
    input: CreateBookingInput,
    requestId: string,
  ): Promise<CreateBookingResult> {
    const parsed = validate(createBookingSchema, input);
    if (!parsed.ok) return parsed.error;
    const request = parsed.value;
    const earlier = await this.replay(em, guestId, request);
    if (earlier) return earlier;
    const terms = await em.findOne(ListingTerms, { listingId: request.listingId });
    if (!terms) return new ListingNotBookableError();
    if (terms.hostId === guestId) return new OwnListingError();
    try {
      return await em.transactional((tx) => this.book(tx, guestId, terms, request, requestId));
    } catch (error) {
      if (!isOverlap(error) && (error as { code?: string }).code !== UNIQUE_VIOLATION) throw error;
      // A concurrent request with the same key may have taken the nights first: a retry gets its booking.
      const winner = await this.replay(em.fork(), guestId, request);
      if (winner) return winner;
      if (isOverlap(error)) return new DatesUnavailableError();
      throw error;
    }
  }

  private async book(
    tx: EntityManager,
    guestId: string,
    terms: ListingTerms,
    request: Request,
    requestId: string,
  ): Promise<CreateBookingResult> {
    const calendar = await lockCalendar(tx, terms.listingId);
    const assessed = await this.stays.assess(tx, terms, calendar, request, { checkNights: false, root: ['input'] });
    if (!assessed.ok) return assessed.error;
    const now = this.clock();
    const booking = this.newBooking(guestId, terms, request, assessed.price, now);
    await occupyAndBump(
      tx,
      {
        listingId: terms.listingId,
        kind: OccupancyKind.BOOKING,
        bookingId: booking.id,
        from: request.checkIn,
        to: request.checkOut,
      },
      now,
    );
    tx.persist(booking);
    tx.create(BookingTransition, {
      bookingId: booking.id,
      toStatus: booking.status,
      toAwaiting: booking.awaiting,
      actor: Actor.GUEST,
      actorId: guestId,
      note: request.message,
      at: now,
    });
    await tx.flush();
    const outbox = new Outbox();
    outbox.publish(
      BookingRequested,
      {
        ...subjectOf(booking),
        guests: booking.guests,
        awaiting: booking.awaiting as Awaiting,
        totalMinor: booking.totalMinor,
        currency: booking.currency,
        holdExpiresAt: (booking.holdExpiresAt as Date).toISOString(),
      },
      { clock: this.clock, requestId },
    );
    outbox.enqueue(holdExpiry(booking as Booking & { holdExpiresAt: Date }));
    outbox.enqueue(availabilityRefresh(terms));
    await outbox.flush(tx);
    return new BookingCreated(booking, false);
  }

  private newBooking(guestId: string, terms: ListingTerms, request: Request, price: StayPrice, now: Date): Booking {
    const state = initialState(terms.instantBook);
    const holdMs =
      state.awaiting === Awaiting.HOST
        ? this.settings.hostResponseHours * 3_600_000
        : this.settings.paymentHoldMinutes * 60_000;
    return Object.assign(new Booking(), {
      listingId: terms.listingId,
      listingTitle: terms.title,
      guestId,
      hostId: terms.hostId,
      idempotencyKey: request.idempotencyKey,
      status: state.status,
      awaiting: state.awaiting,
      checkIn: request.checkIn,
      checkOut: request.checkOut,
      nights: price.nights,
      guests: request.guests,
      currency: price.currency,
      accommodationMinor: price.accommodationMinor,
      cleaningFeeMinor: price.cleaningFeeMinor,
      serviceFeeMinor: price.serviceFeeMinor,
      taxesMinor: price.taxesMinor,
      totalMinor: price.totalMinor,
      cancellationPolicy: terms.cancellationPolicy,
      timeZone: terms.timeZone,
      checkInAt: localInstant(request.checkIn, terms.checkInTime, terms.timeZone).toJSDate(),
      checkOutAt: localInstant(request.checkOut, terms.checkOutTime, terms.timeZone).toJSDate(),
      holdExpiresAt: new Date(now.getTime() + holdMs),
      createdAt: now,
      updatedAt: now,
    });
  }

  /** The booking an earlier request with this key made, if any; a different request under the same key is refused. */
  private async replay(em: EntityManager, guestId: string, request: Request): Promise<CreateBookingResult | null> {
    const booking = await em.findOne(Booking, { guestId, idempotencyKey: request.idempotencyKey });
    if (!booking) return null;
    const same =
      booking.listingId === request.listingId &&
      booking.checkIn === request.checkIn &&
      booking.checkOut === request.checkOut &&
      booking.guests === request.guests;
    return same ? new BookingCreated(booking, true) : new IdempotencyKeyReusedError();
  }
}
