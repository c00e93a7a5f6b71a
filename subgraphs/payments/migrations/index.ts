import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261202030000CreatePayments } from './Migration20261202030000CreatePayments';

/** Listed explicitly so the same list runs from TypeScript sources (tests) and compiled JavaScript. */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261202030000CreatePayments', class: Migration20261202030000CreatePayments },
];
