import { Entity, PrimaryKey, Property } from '@mikro-orm/postgresql';

/**
 * A row per (handler, event) a subgraph has applied, in that subgraph's own schema. Declared as an
 * entity only so the ORM's schema diff knows the table; `applyOnce` writes it with SQL.
 */
@Entity({ tableName: 'inbox' })
export class InboxEntry {
  @PrimaryKey({ type: 'text' })
  handler!: string;

  @PrimaryKey({ type: 'uuid' })
  eventId!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  processedAt!: Date;
}
