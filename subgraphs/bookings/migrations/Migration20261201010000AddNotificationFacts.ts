import { Migration } from '@mikro-orm/migrations';

export class Migration20261201010000AddNotificationFacts extends Migration {
  override async up(): Promise<void> {
    // The title travels in booking events (emails name the place); fixed when booked, like the price.
    this.addSql(`alter table "bookings"."bookings" add column "listing_title" text null;`);
    this.addSql(`
      update "bookings"."bookings" b set "listing_title" = coalesce(
        (select t."title" from "bookings"."listing_terms" t where t."listing_id" = b."listing_id"), '');`);
    this.addSql(`alter table "bookings"."bookings" alter column "listing_title" set not null;`);
    this.addSql(
      `alter table "bookings"."bookings" add column "last_payment_error" text null, add column "last_payment_error_at" timestamptz null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "bookings"."bookings" drop column "last_payment_error", drop column "last_payment_error_at", drop column "listing_title";`,
    );
  }
}
