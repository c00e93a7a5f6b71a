import type { Config } from '../runtime/config';
import { createOrmConfig } from '../database/orm-config';
import { EventRecord } from './event-record.entity';
import { eventLogMigrations } from './migrations';

export const EVENTS_SCHEMA = 'events';

/** The platform's own ORM, for the event log's migrations. */
export function eventLogOrmConfig(config: Pick<Config, 'databaseUrl' | 'db' | 'mode'>) {
  return createOrmConfig({ schema: EVENTS_SCHEMA, entities: [EventRecord], migrations: eventLogMigrations, config });
}
