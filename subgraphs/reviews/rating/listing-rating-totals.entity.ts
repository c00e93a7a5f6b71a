import { BigIntType, Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/postgresql';

const counter = () => Property({ type: 'integer', default: 0 });

/**
 * A listing's exact review aggregate: sums and a star histogram of its shown guest reviews, from which
 * averages are derived. Declared so the ORM's schema diff knows the table; rating-ledger.ts creates
 * and updates rows with SQL under a row lock.
 */
@Entity({ tableName: 'listing_ratings' })
export class ListingRatingTotals {
  [OptionalProps]?:
    | 'sequence'
    | 'reviewCount'
    | 'ratingSum'
    | 'cleanlinessSum'
    | 'accuracySum'
    | 'checkInSum'
    | 'communicationSum'
    | 'locationSum'
    | 'valueSum'
    | 'stars1'
    | 'stars2'
    | 'stars3'
    | 'stars4'
    | 'stars5';

  @PrimaryKey({ type: 'uuid' })
  listingId!: string;

  /** Numbers the listing's rating events, so consumers ignore an older figure arriving late. */
  @Property({ type: new BigIntType('number'), default: 0 })
  sequence: number = 0;

  @counter()
  reviewCount: number = 0;

  @counter()
  ratingSum: number = 0;

  @counter()
  cleanlinessSum: number = 0;

  @counter()
  accuracySum: number = 0;

  @counter()
  checkInSum: number = 0;

  @counter()
  communicationSum: number = 0;

  @counter()
  locationSum: number = 0;

  @counter()
  valueSum: number = 0;

  /** How many shown reviews gave 1 star, … 5 stars. */
  @Property({ type: 'integer', default: 0, fieldName: 'stars_1' })
  stars1: number = 0;

  @Property({ type: 'integer', default: 0, fieldName: 'stars_2' })
  stars2: number = 0;

  @Property({ type: 'integer', default: 0, fieldName: 'stars_3' })
  stars3: number = 0;

  @Property({ type: 'integer', default: 0, fieldName: 'stars_4' })
  stars4: number = 0;

  @Property({ type: 'integer', default: 0, fieldName: 'stars_5' })
  stars5: number = 0;
}
