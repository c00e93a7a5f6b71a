import { Migration } from '@mikro-orm/migrations';

/**
 * approximateCoordinate (listing/approximate-location.ts) in SQL, with the same float8 steps, so
 * backfilled rows hold what the application writes; listings/test/public-location.test.ts holds them equal.
 */
export const publicCoordinateSql = (column: string): string =>
  `floor("${column}" * 100::float8 + 0.5::float8) / 100::float8`;

/**
 * The public point (to about a kilometre) is stored and indexed, and search runs on it alone, so
 * no sequence of searches tells more of where a place is than the listing shows anyone.
 */
export class Migration20261202090000PublicLocation extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "listings"."listings" add column "public_latitude" double precision, add column "public_longitude" double precision;`,
    );
    this.addSql(
      `update "listings"."listings" set "public_latitude" = ${publicCoordinateSql('latitude')}, "public_longitude" = ${publicCoordinateSql('longitude')};`,
    );
    this.addSql(
      `alter table "listings"."listings" alter column "public_latitude" set not null, alter column "public_longitude" set not null;`,
    );
    this.addSql(`drop index "listings"."listings_location_index";`);
    this.addSql(
      `create index "listings_public_location_index" on "listings"."listings" using gist (point("public_longitude", "public_latitude"));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "listings"."listings_public_location_index";`);
    this.addSql(
      `create index "listings_location_index" on "listings"."listings" using gist (point("longitude", "latitude"));`,
    );
    this.addSql(`alter table "listings"."listings" drop column "public_latitude", drop column "public_longitude";`);
  }
}
