import { Migration } from '@mikro-orm/migrations';

/** Search: the full-text document, one index per filter and sort path, and the availability and rating projections. */
export class Migration20261129030000SearchListings extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      alter table "listings"."listings" add column "search_document" tsvector generated always as (setweight(to_tsvector('english'::regconfig, title), 'A'::"char") || setweight(to_tsvector('english'::regconfig, ((address_city || ' '::text) || COALESCE(address_region, ''::text))), 'B'::"char") || setweight(to_tsvector('english'::regconfig, description), 'C'::"char")) stored not null;`);
    this.addSql(
      `create index "listings_search_document_index" on "listings"."listings" using gin ("search_document");`,
    );
    this.addSql(`create index "listings_amenities_index" on "listings"."listings" using gin ("amenities");`);
    this.addSql(
      `create index "listings_location_index" on "listings"."listings" using gist (point("longitude", "latitude"));`,
    );
    this.addSql(`create index "listings_city_index" on "listings"."listings" (lower("address_city"));`);
    this.addSql(`create index "listings_country_index" on "listings"."listings" ("address_country");`);
    this.addSql(
      `create index "listings_price_index" on "listings"."listings" ("currency", "nightly_price_minor", "id");`,
    );
    this.addSql(`create index "listings_published_at_index" on "listings"."listings" ("published_at", "id");`);
    this.addSql(`create index "listings_guests_index" on "listings"."listings" ("capacity_guests");`);
    this.addSql(
      `create index "listings_kind_index" on "listings"."listings" ("property_type", "room_type", "instant_book");`,
    );
    this.addSql(
      `create index "host_standings_suspended_index" on "listings"."host_standings" ("host_id") where "suspended";`,
    );
    this.addSql(`
      create table "listings"."listing_availability" (
        "listing_id" uuid not null,
        "sequence" int not null,
        "occupied" datemultirange not null,
        constraint "listing_availability_pkey" primary key ("listing_id")
      );`);
    this.addSql(
      `create index "listing_availability_occupied_index" on "listings"."listing_availability" using gist ("occupied");`,
    );
    this.addSql(`
      create table "listings"."listing_ratings" (
        "listing_id" uuid not null,
        "sequence" int not null,
        "average_rating" double precision not null,
        "review_count" int not null,
        constraint "listing_ratings_pkey" primary key ("listing_id")
      );`);
    this.addSql(
      `create index "listing_ratings_average_rating_index" on "listings"."listing_ratings" ("average_rating", "listing_id");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "listings"."listing_ratings";`);
    this.addSql(`drop table if exists "listings"."listing_availability";`);
    this.addSql(`drop index if exists "listings"."host_standings_suspended_index";`);
    this.addSql(`alter table "listings"."listings" drop column if exists "search_document";`);
    for (const index of ['amenities', 'location', 'city', 'country', 'price', 'published_at', 'guests', 'kind']) {
      this.addSql(`drop index if exists "listings"."listings_${index}_index";`);
    }
  }
}
