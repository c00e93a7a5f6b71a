import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261130010000CreateBookings } from './Migration20261130010000CreateBookings';

/** Listed explicitly so the same list runs from TypeScript sources (tests) and compiled JavaScript. */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261130010000CreateBookings', class: Migration20261130010000CreateBookings },
];
