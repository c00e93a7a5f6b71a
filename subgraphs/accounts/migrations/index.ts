import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261128020000CreateUsers } from './Migration20261128020000CreateUsers';
import { Migration20261128031000CreateInbox } from './Migration20261128031000CreateInbox';
import { Migration20261128040000CreateSessions } from './Migration20261128040000CreateSessions';

/** Listed explicitly so the same list runs from TypeScript sources (tests) and compiled JavaScript. */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261128020000CreateUsers', class: Migration20261128020000CreateUsers },
  { name: 'Migration20261128031000CreateInbox', class: Migration20261128031000CreateInbox },
  { name: 'Migration20261128040000CreateSessions', class: Migration20261128040000CreateSessions },
];
