import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261129010000CreateListings } from './Migration20261129010000CreateListings';

/** Listed explicitly so the same list runs from TypeScript sources (tests) and compiled JavaScript. */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261129010000CreateListings', class: Migration20261129010000CreateListings },
];
