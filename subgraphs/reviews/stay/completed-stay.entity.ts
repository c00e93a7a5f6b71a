import { Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/postgresql';

/**
 * A completed stay as reviews learnt it from booking.completed: who may review whom, and until when.
 * Declared so the ORM's schema diff knows the table; stay.repository.ts reads and writes it with SQL
 * (row locks, `on conflict do nothing`).
 */
@Entity({ tableName: 'stays' })
// The pending-reviews list of a guest or a host, soonest deadline first.
@Index({ name: 'stays_guest_id_deadline_index', properties: ['guestId', 'deadline'] })
@Index({ name: 'stays_host_id_deadline_index', properties: ['hostId', 'deadline'] })
export class CompletedStay {
  [OptionalProps]?: 'closedAt';

  @PrimaryKey({ type: 'uuid' })
  bookingId!: string;

  @Property({ type: 'uuid' })
  listingId!: string;

  /** The listing's title when booked, so reminders can name the place. */
  @Property({ type: 'text' })
  listingTitle!: string;

  @Property({ type: 'uuid' })
  guestId!: string;

  @Property({ type: 'uuid' })
  hostId!: string;

  /** Check-out day, a local date. */
  @Property({ type: 'date' })
  checkOut!: string;

  @Property({ type: 'timestamptz' })
  completedAt!: Date;

  /** The review window closes then; unwritten reviews stay unwritten and written ones are published. */
  @Property({ type: 'timestamptz' })
  deadline!: Date;

  /** Set when its reviews were published: both sides wrote, or the window closed. */
  @Property({ type: 'timestamptz', nullable: true })
  closedAt: Date | null = null;
}
