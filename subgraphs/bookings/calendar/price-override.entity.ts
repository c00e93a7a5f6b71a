import { BigIntType, Entity, PrimaryKey, Property } from '@mikro-orm/postgresql';

/** A host's price for one night of a listing, instead of the listing's nightly price. */
@Entity({ tableName: 'price_overrides' })
export class PriceOverride {
  @PrimaryKey({ type: 'uuid' })
  listingId!: string;

  @PrimaryKey({ type: 'date' })
  date!: string;

  @Property({ type: new BigIntType('number') })
  priceMinor!: number;
}
