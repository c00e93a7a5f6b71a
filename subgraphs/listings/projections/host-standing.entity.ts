import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/postgresql';

/**
 * Whether accounts has suspended a host, as learnt from its events: a read model the handlers in
 * host-standing.handlers.ts keep and a replay rebuilds. A suspended host's listings are hidden.
 */
@Entity({ tableName: 'host_standings' })
// Search anti-joins the few suspended hosts; a partial index keeps that lookup small.
@Index({
  name: 'host_standings_suspended_index',
  expression:
    'create index "host_standings_suspended_index" on "listings"."host_standings" ("host_id") where "suspended"',
})
export class HostStanding {
  @PrimaryKey({ type: 'uuid' })
  hostId!: string;

  @Property({ type: 'boolean' })
  suspended!: boolean;

  /** The event that set this row; UUIDv7 ids order events, so a late older event changes nothing. */
  @Property({ type: 'uuid' })
  eventId!: string;
}
