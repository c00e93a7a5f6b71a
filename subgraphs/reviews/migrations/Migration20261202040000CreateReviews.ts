import { Migration } from '@mikro-orm/migrations';
import { inboxTableSql } from '../../../platform/events/inbox';

const RATING = 'smallint check (%s between 1 and 5)';
const rating = (column: string, nullable = true) =>
  `"${column}" ${RATING.replace('%s', `"${column}"`)}${nullable ? '' : ' not null'}`;
const SUB_RATINGS = ['cleanliness', 'accuracy', 'check_in', 'communication', 'location', 'value'];

export class Migration20261202040000CreateReviews extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table "reviews"."stays" (
        "booking_id" uuid not null,
        "listing_id" uuid not null,
        "listing_title" text not null,
        "guest_id" uuid not null,
        "host_id" uuid not null,
        "check_out" date not null,
        "completed_at" timestamptz not null,
        "deadline" timestamptz not null,
        "closed_at" timestamptz null,
        constraint "stays_pkey" primary key ("booking_id")
      );`);
    this.addSql(`create index "stays_guest_id_deadline_index" on "reviews"."stays" ("guest_id", "deadline");`);
    this.addSql(`create index "stays_host_id_deadline_index" on "reviews"."stays" ("host_id", "deadline");`);
    this.addSql(`
      create table "reviews"."reviews" (
        "id" uuid not null,
        "direction" text not null check ("direction" in ('GUEST_TO_LISTING', 'HOST_TO_GUEST')),
        "listing_id" uuid not null,
        "author_id" uuid not null,
        "about_user_id" uuid not null,
        "host_booking_id" uuid null,
        "shown_revision" int null,
        "shown_rating" smallint null,
        "shown_at" timestamptz null,
        "hidden_at" timestamptz null,
        "hidden_reason" text null,
        "created_at" timestamptz not null,
        constraint "reviews_pkey" primary key ("id"),
        constraint "reviews_host_booking_check" check (("direction" = 'HOST_TO_GUEST') = ("host_booking_id" is not null))
      );`);
    // One review per guest per listing; a host writes one per stay.
    this.addSql(
      `create unique index "reviews_guest_listing_unique" on "reviews"."reviews" ("author_id", "listing_id") where "direction" = 'GUEST_TO_LISTING';`,
    );
    this.addSql(
      `create unique index "reviews_host_booking_unique" on "reviews"."reviews" ("host_booking_id") where "direction" = 'HOST_TO_GUEST';`,
    );
    this.addSql(
      `create index "reviews_listing_shown_index" on "reviews"."reviews" ("listing_id", "shown_at" desc, "id" desc) where "direction" = 'GUEST_TO_LISTING' and "shown_revision" is not null and "hidden_at" is null;`,
    );
    this.addSql(
      `create index "reviews_listing_rating_index" on "reviews"."reviews" ("listing_id", "shown_rating", "shown_at" desc, "id" desc) where "direction" = 'GUEST_TO_LISTING' and "shown_revision" is not null and "hidden_at" is null;`,
    );
    this.addSql(
      `create index "reviews_about_user_index" on "reviews"."reviews" ("about_user_id", "shown_at" desc, "id" desc) where "direction" = 'HOST_TO_GUEST' and "shown_revision" is not null and "hidden_at" is null;`,
    );
    this.addSql(`
      create table "reviews"."revisions" (
        "id" uuid not null,
        "review_id" uuid not null references "reviews"."reviews" ("id"),
        "revision" int not null,
        "booking_id" uuid not null references "reviews"."stays" ("booking_id"),
        "direction" text not null,
        ${rating('rating', false)},
        ${SUB_RATINGS.map((c) => rating(c)).join(',\n        ')},
        "body" text not null,
        "private_note" text null,
        "submitted_at" timestamptz not null,
        "updated_at" timestamptz not null,
        "published_at" timestamptz null,
        "response" text null,
        "responded_at" timestamptz null,
        constraint "revisions_pkey" primary key ("id"),
        constraint "revisions_review_id_revision_unique" unique ("review_id", "revision"),
        constraint "revisions_booking_id_direction_unique" unique ("booking_id", "direction")
      );`);
    this.addSql(`
      create table "reviews"."listing_ratings" (
        "listing_id" uuid not null,
        "sequence" bigint not null default 0,
        "review_count" int not null default 0,
        "rating_sum" int not null default 0,
        ${SUB_RATINGS.map((c) => `"${c}_sum" int not null default 0`).join(',\n        ')},
        ${[1, 2, 3, 4, 5].map((s) => `"stars_${s}" int not null default 0`).join(',\n        ')},
        constraint "listing_ratings_pkey" primary key ("listing_id")
      );`);
    this.addSql(`
      create table "reviews"."reports" (
        "id" uuid not null,
        "review_id" uuid not null references "reviews"."reviews" ("id"),
        "reporter_id" uuid not null,
        "reason" text not null,
        "created_at" timestamptz not null,
        constraint "reports_pkey" primary key ("id"),
        constraint "reports_review_id_reporter_id_unique" unique ("review_id", "reporter_id")
      );`);
    this.addSql(`
      create table "reviews"."moderation_log" (
        "id" uuid not null,
        "review_id" uuid not null references "reviews"."reviews" ("id"),
        "admin_id" uuid not null,
        "action" text not null check ("action" in ('HIDE', 'UNHIDE')),
        "reason" text not null,
        "at" timestamptz not null,
        "request_id" text null,
        constraint "moderation_log_pkey" primary key ("id")
      );`);
    this.addSql(inboxTableSql('reviews'));
  }

  override async down(): Promise<void> {
    for (const table of ['inbox', 'moderation_log', 'reports', 'listing_ratings', 'revisions', 'reviews', 'stays'])
      this.addSql(`drop table if exists "reviews"."${table}";`);
  }
}
