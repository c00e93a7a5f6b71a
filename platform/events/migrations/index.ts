import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261128030000CreateEventLog } from './Migration20261128030000CreateEventLog';

export const eventLogMigrations: MigrationObject[] = [
  { name: 'Migration20261128030000CreateEventLog', class: Migration20261128030000CreateEventLog },
];
