import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/postgresql';

/**
 * A row of the append-only event log. Declared as an entity only so the ORM's schema diff knows
 * the table; events are written by `publish` and read by `event-log.ts` with SQL.
 */
@Entity({ tableName: 'log' })
@Index({ name: 'log_name_id_index', properties: ['name', 'id'] })
export class EventRecord {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'int' })
  version!: number;

  @Property({ type: 'text' })
  producer!: string;

  @Property({ type: 'jsonb' })
  payload!: unknown;

  @Property({ type: 'timestamptz' })
  occurredAt!: Date;

  @Property({ type: 'text', nullable: true })
  requestId!: string | null;
}
