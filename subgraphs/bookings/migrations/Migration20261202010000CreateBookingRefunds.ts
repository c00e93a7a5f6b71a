import { Migration } from '@mikro-orm/migrations';

export class Migration20261202010000CreateBookingRefunds extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table "bookings"."booking_refunds" (
        "id" uuid not null,
        "booking_id" uuid not null,
        "payment_id" uuid not null,
        "amount_minor" bigint not null,
        "refunded_total_minor" bigint not null,
        "currency" text not null,
        "full" boolean not null,
        "refunded_at" timestamptz not null,
        constraint "booking_refunds_pkey" primary key ("id")
      );`);
    this.addSql(`create index "booking_refunds_booking_id_index" on "bookings"."booking_refunds" ("booking_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "bookings"."booking_refunds";`);
  }
}
