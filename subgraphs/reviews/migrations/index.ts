import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261202040000CreateReviews } from './Migration20261202040000CreateReviews';

/** Listed explicitly so the same list runs from TypeScript sources (tests) and compiled JavaScript. */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261202040000CreateReviews', class: Migration20261202040000CreateReviews },
];
