import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261130010000CreateBookings } from './Migration20261130010000CreateBookings';
import { Migration20261201010000AddNotificationFacts } from './Migration20261201010000AddNotificationFacts';
import { Migration20261201020000CreateHostStandings } from './Migration20261201020000CreateHostStandings';
import { Migration20261202010000CreateBookingRefunds } from './Migration20261202010000CreateBookingRefunds';

/** Listed explicitly so the same list runs from TypeScript sources (tests) and compiled JavaScript. */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261130010000CreateBookings', class: Migration20261130010000CreateBookings },
  { name: 'Migration20261201010000AddNotificationFacts', class: Migration20261201010000AddNotificationFacts },
  { name: 'Migration20261201020000CreateHostStandings', class: Migration20261201020000CreateHostStandings },
  { name: 'Migration20261202010000CreateBookingRefunds', class: Migration20261202010000CreateBookingRefunds },
];
