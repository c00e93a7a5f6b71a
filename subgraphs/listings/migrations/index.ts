import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261129010000CreateListings } from './Migration20261129010000CreateListings';
import { Migration20261129020000CreateListingPhotos } from './Migration20261129020000CreateListingPhotos';
import { Migration20261129030000SearchListings } from './Migration20261129030000SearchListings';
import { Migration20261129040000CreateConfirmedStays } from './Migration20261129040000CreateConfirmedStays';
import { Migration20261202020000RatingAsShown } from './Migration20261202020000RatingAsShown';
import { Migration20261202090000PublicLocation } from './Migration20261202090000PublicLocation';
import { Migration20261202103000SearchAtScale } from './Migration20261202103000SearchAtScale';

/** Listed explicitly so the same list runs from TypeScript sources (tests) and compiled JavaScript. */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261129010000CreateListings', class: Migration20261129010000CreateListings },
  { name: 'Migration20261129020000CreateListingPhotos', class: Migration20261129020000CreateListingPhotos },
  { name: 'Migration20261129030000SearchListings', class: Migration20261129030000SearchListings },
  { name: 'Migration20261129040000CreateConfirmedStays', class: Migration20261129040000CreateConfirmedStays },
  { name: 'Migration20261202020000RatingAsShown', class: Migration20261202020000RatingAsShown },
  { name: 'Migration20261202090000PublicLocation', class: Migration20261202090000PublicLocation },
  { name: 'Migration20261202103000SearchAtScale', class: Migration20261202103000SearchAtScale },
];
