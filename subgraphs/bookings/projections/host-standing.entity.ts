import { Entity, PrimaryKey, Property } from '@mikro-orm/postgresql';

/**
 * Whether accounts has suspended a host, as learnt from its events (a read model the handlers in
 * host-standing.handlers.ts keep and a replay rebuilds): a suspended host's listings take no
 * bookings, even by id, until reinstatement.
 */
@Entity({ tableName: 'host_standings' })
export class HostStanding {
  @PrimaryKey({ type: 'uuid' })
  hostId!: string;

  @Property({ type: 'boolean' })
  suspended!: boolean;

  /** The event that set this row; UUIDv7 ids order events, so a late older event changes nothing. */
  @Property({ type: 'uuid' })
  eventId!: string;
}
