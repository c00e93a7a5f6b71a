import { Check, Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { newId } from '../../../platform/graphql/ids';

export enum OccupancyKind {
  BOOKING = 'BOOKING',
  BLOCK = 'BLOCK',
}

export const NO_OVERLAP_CONSTRAINT = 'occupancies_no_overlap';

/**
 * Nights taken from a listing's calendar: a booking's hold or stay, or a host's block. The exclusion
 * constraint makes PostgreSQL refuse two active rows of one listing whose [start, end) ranges
 * overlap, whatever runs concurrently; an end date may equal the next start (check-out day is
 * the next check-in). MikroORM cannot model exclusion constraints: it knows this one as an index
 * with a raw expression, which its schema diff compares by name.
 */
@Entity({ tableName: 'occupancies' })
@Check({ name: 'occupancies_range_check', expression: 'end_date > start_date' })
@Index({
  name: NO_OVERLAP_CONSTRAINT,
  expression: `alter table "bookings"."occupancies" add constraint "${NO_OVERLAP_CONSTRAINT}" exclude using gist ("listing_id" with =, daterange("start_date", "end_date", '[)') with &&) where ("active")`,
})
@Index({ name: 'occupancies_booking_id_index', properties: ['bookingId'] })
export class Occupancy {
  [OptionalProps]?: 'active' | 'createdAt' | 'note' | 'bookingId';

  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Property({ type: 'uuid' })
  listingId!: string;

  @Enum({ items: () => OccupancyKind })
  kind!: OccupancyKind;

  @Property({ type: 'uuid', nullable: true })
  bookingId: string | null = null;

  /** First night, a local date. */
  @Property({ type: 'date' })
  startDate!: string;

  /** Check-out day (exclusive), a local date. */
  @Property({ type: 'date' })
  endDate!: string;

  /** The host's note on a block; private to the host and admins. */
  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  /** False once released (booking cancelled, expired or declined; block lifted): the nights are free again. */
  @Property({ type: 'boolean' })
  active: boolean = true;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
