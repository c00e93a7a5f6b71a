import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/postgresql';

/**
 * A listing as listings announced it, kept so accounts can refuse to delete a host whose places are
 * on the market without asking listings. Drafts are never announced, so they are not here.
 */
@Entity({ tableName: 'hosted_listings' })
@Index({ name: 'hosted_listings_host_id_index', properties: ['hostId'] })
export class HostedListing {
  @PrimaryKey({ type: 'uuid' })
  listingId!: string;

  @Property({ type: 'uuid' })
  hostId!: string;

  @Property({ type: 'boolean' })
  onMarket!: boolean;

  /** The listing's version in the newest event applied: an older event arriving late changes nothing. */
  @Property({ type: 'integer' })
  version!: number;
}
