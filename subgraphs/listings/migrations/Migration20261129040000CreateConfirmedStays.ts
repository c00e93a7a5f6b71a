import { Migration } from '@mikro-orm/migrations';

export class Migration20261129040000CreateConfirmedStays extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table "listings"."confirmed_stays" (
        "booking_id" uuid not null,
        "listing_id" uuid not null,
        "guest_id" uuid not null,
        "ended" boolean not null,
        constraint "confirmed_stays_pkey" primary key ("booking_id")
      );`);
    this.addSql(
      `create index "confirmed_stays_guest_id_listing_id_index" on "listings"."confirmed_stays" ("guest_id", "listing_id");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "listings"."confirmed_stays";`);
  }
}
