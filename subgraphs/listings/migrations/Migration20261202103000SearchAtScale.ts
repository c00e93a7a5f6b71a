import { Migration } from '@mikro-orm/migrations';

/** The listing's public point as a unit vector: GiST orders it by chord length, which grows with great-circle distance. */
export const publicSpherePointSql = (prefix: string): string => {
  const [latitude, longitude] = [`radians(${prefix}public_latitude)`, `radians(${prefix}public_longitude)`];
  return `cube(array[cos(${latitude}) * cos(${longitude}), cos(${latitude}) * sin(${longitude}), sin(${latitude})])`;
};

/** The rating sort's key (search/search-order.ts): shown rating in tenths, then review count; 0 with no rating. */
const RATING_RANK_OF = (r: string) => `coalesce((${r}.shown_rating * 10)::bigint * 1000000000 + ${r}.review_count, 0)`;

/**
 * Search whose plans stay bounded as listings grow (issue 19): the rating kept on the listing row
 * (by a trigger, so every writer of the projection keeps it) where one index serves filter and
 * sort, and a sphere index whose nearest-neighbour order is the distance order.
 */
export class Migration20261202103000SearchAtScale extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create extension if not exists cube;`);
    this.addSql(`alter table "listings"."listings" add column "rating_rank" bigint not null default 0;`);
    this.addSql(`
      update "listings"."listings" l set "rating_rank" = ${RATING_RANK_OF('r')}
      from "listings"."listing_ratings" r where r.listing_id = l.id;`);
    this.addSql(`
      create function "listings"."keep_rating_rank"() returns trigger language plpgsql as $$
      begin
        update listings.listings l set rating_rank = ${RATING_RANK_OF('r')}
        from changed c left join listings.listing_ratings r on r.listing_id = c.listing_id
        where l.id = c.listing_id;
        return null;
      end $$;`);
    // One statement-level trigger per event: a transition table serves one event only.
    for (const [event, table] of [
      ['insert', 'new'],
      ['update', 'new'],
      ['delete', 'old'],
    ])
      this.addSql(
        `create trigger "listing_ratings_keep_rank_on_${event}" after ${event} on "listings"."listing_ratings" referencing ${table} table as changed for each statement execute function "listings"."keep_rating_rank"();`,
      );
    this.addSql(`create index "listings_rating_index" on "listings"."listings" ("rating_rank", "id");`);
    this.addSql(
      `create index "listings_country_rating_index" on "listings"."listings" ("address_country", "rating_rank", "id");`,
    );
    this.addSql(
      `create index "listings_public_sphere_index" on "listings"."listings" using gist (${publicSpherePointSql('')});`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "listings"."listings_public_sphere_index";`);
    this.addSql(`drop index "listings"."listings_country_rating_index";`);
    this.addSql(`drop index "listings"."listings_rating_index";`);
    for (const event of ['insert', 'update', 'delete'])
      this.addSql(`drop trigger "listing_ratings_keep_rank_on_${event}" on "listings"."listing_ratings";`);
    this.addSql(`drop function "listings"."keep_rating_rank"();`);
    this.addSql(`alter table "listings"."listings" drop column "rating_rank";`);
  }
}
