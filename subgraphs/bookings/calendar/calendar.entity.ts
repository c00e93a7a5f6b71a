import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/postgresql';

export const DEFAULT_ADVANCE_NOTICE_DAYS = 1;
export const DEFAULT_BOOKING_WINDOW_DAYS = 365;

/**
 * A listing's calendar settings and its version. Every change to the listing's occupancy, blocks,
 * prices or settings takes this row's lock and bumps `version`: hosts pass it back to edit
 * (optimistic locking), and it is the `sequence` of `listing.availability_changed`.
 */
@Entity({ tableName: 'calendars' })
export class Calendar {
  [OptionalProps]?: 'version' | 'advanceNoticeDays' | 'bookingWindowDays';

  @PrimaryKey({ type: 'uuid' })
  listingId!: string;

  @Property({ type: 'integer', default: 1 })
  version: number = 1;

  @Property({ type: 'integer', default: DEFAULT_ADVANCE_NOTICE_DAYS })
  advanceNoticeDays: number = DEFAULT_ADVANCE_NOTICE_DAYS;

  @Property({ type: 'integer', default: DEFAULT_BOOKING_WINDOW_DAYS })
  bookingWindowDays: number = DEFAULT_BOOKING_WINDOW_DAYS;
}
