import { Migration } from '@mikro-orm/migrations';

export class Migration20261202092000AddAccountDeletion extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "accounts"."users" add column "deleted_at" timestamptz null;`);
    this.addSql(`
      create table "accounts"."hosted_listings" (
        "listing_id" uuid not null,
        "host_id" uuid not null,
        "on_market" boolean not null,
        "version" int not null,
        constraint "hosted_listings_pkey" primary key ("listing_id")
      );`);
    this.addSql(`create index "hosted_listings_host_id_index" on "accounts"."hosted_listings" ("host_id");`);
    this.addSql(`
      create table "accounts"."user_stays" (
        "booking_id" uuid not null,
        "guest_id" uuid not null,
        "host_id" uuid null,
        "stage" smallint not null default 0,
        "refund_due_minor" bigint not null default 0,
        "refunded_minor" bigint not null default 0,
        "refunded_in_full" boolean not null default false,
        constraint "user_stays_pkey" primary key ("booking_id")
      );`);
    this.addSql(`create index "user_stays_guest_id_index" on "accounts"."user_stays" ("guest_id");`);
    this.addSql(`create index "user_stays_host_id_index" on "accounts"."user_stays" ("host_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "accounts"."user_stays";`);
    this.addSql(`drop table if exists "accounts"."hosted_listings";`);
    this.addSql(`alter table "accounts"."users" drop column "deleted_at";`);
  }
}
