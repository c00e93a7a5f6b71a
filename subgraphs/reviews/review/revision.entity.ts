import { Check, Entity, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/postgresql';
import type { ReviewDirection } from '../../../contracts/enums/reviews';
import { newId } from '../../../platform/graphql/ids';
import { CompletedStay } from '../stay/completed-stay.entity';
import { StoredReview } from './stored-review.entity';

/** Stars are 1 to 5; PostgreSQL keeps `between` as this pair of comparisons, which is how the diff reads it. */
const oneToFive = (column: string) =>
  Check<Revision>({ name: `revisions_${column}_check`, expression: `"${column}" >= 1 and "${column}" <= 5` });

/**
 * Ids never change and reviews and stays are never deleted: the references neither cascade nor null out. The
 * migration lets PostgreSQL name them (`<table>_<column>_fkey`).
 */
const REFERENCE = { mapToPk: true, updateRule: 'no action', deleteRule: 'no action' } as const;

/**
 * What an author wrote about one stay, numbered within its review: a guest's review gets a revision
 * per stay at the listing. Published revisions change only by the host's response. Declared so the
 * ORM's schema diff knows the table; review.repository.ts writes it with SQL.
 */
@Entity({ tableName: 'revisions' })
@Unique({ name: 'revisions_review_id_revision_unique', properties: ['reviewId', 'revision'] })
// One revision per stay and direction: the guest's and the host's.
@Unique({ name: 'revisions_booking_id_direction_unique', properties: ['bookingId', 'direction'] })
export class Revision {
  [OptionalProps]?:
    | 'cleanliness'
    | 'accuracy'
    | 'checkIn'
    | 'communication'
    | 'location'
    | 'value'
    | 'privateNote'
    | 'publishedAt'
    | 'response'
    | 'respondedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => StoredReview, { ...REFERENCE, fieldName: 'review_id', foreignKeyName: 'revisions_review_id_fkey' })
  reviewId!: string;

  @Property({ type: 'integer' })
  revision!: number;

  @ManyToOne(() => CompletedStay, {
    ...REFERENCE,
    fieldName: 'booking_id',
    foreignKeyName: 'revisions_booking_id_fkey',
  })
  bookingId!: string;

  /** Its review's direction, repeated so a stay's two revisions are unique per side. */
  @Property({ type: 'text' })
  direction!: ReviewDirection;

  @Property({ type: 'smallint' })
  @oneToFive('rating')
  rating!: number;

  /** The six sub-ratings: set on guest revisions, null on host ones. */
  @Property({ type: 'smallint', nullable: true })
  @oneToFive('cleanliness')
  cleanliness: number | null = null;

  @Property({ type: 'smallint', nullable: true })
  @oneToFive('accuracy')
  accuracy: number | null = null;

  @Property({ type: 'smallint', nullable: true })
  @oneToFive('check_in')
  checkIn: number | null = null;

  @Property({ type: 'smallint', nullable: true })
  @oneToFive('communication')
  communication: number | null = null;

  @Property({ type: 'smallint', nullable: true })
  @oneToFive('location')
  location: number | null = null;

  @Property({ type: 'smallint', nullable: true })
  @oneToFive('value')
  value: number | null = null;

  @Property({ type: 'text' })
  body!: string;

  /** Seen by the host only (guest reviews). */
  @Property({ type: 'text', nullable: true })
  privateNote: string | null = null;

  @Property({ type: 'timestamptz' })
  submittedAt!: Date;

  @Property({ type: 'timestamptz' })
  updatedAt!: Date;

  /** Set when both sides wrote or the window closed; the text is frozen from then on. */
  @Property({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null = null;

  /** The host's one public reply to a guest's published revision. */
  @Property({ type: 'text', nullable: true })
  response: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  respondedAt: Date | null = null;
}
