import { Migration } from '@mikro-orm/migrations';

/**
 * The rating projection can say "no rating any more" (average null at zero reviews), and keeps the
 * figure users see (the average rounded half-up to one decimal) for minRating and the rating sort.
 */
export class Migration20261202020000RatingAsShown extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "listings"."listing_ratings" alter column "average_rating" drop not null;`);
    this.addSql(
      `alter table "listings"."listing_ratings" add column "shown_rating" numeric(2,1) generated always as (round(average_rating::numeric, 1)) stored;`,
    );
    this.addSql(`drop index "listings"."listing_ratings_average_rating_index";`);
    this.addSql(
      `create index "listing_ratings_shown_rating_index" on "listings"."listing_ratings" ("shown_rating", "review_count", "listing_id");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "listings"."listing_ratings_shown_rating_index";`);
    this.addSql(`alter table "listings"."listing_ratings" drop column "shown_rating";`);
    this.addSql(`delete from "listings"."listing_ratings" where "average_rating" is null;`);
    this.addSql(`alter table "listings"."listing_ratings" alter column "average_rating" set not null;`);
    this.addSql(
      `create index "listing_ratings_average_rating_index" on "listings"."listing_ratings" ("average_rating", "listing_id");`,
    );
  }
}
