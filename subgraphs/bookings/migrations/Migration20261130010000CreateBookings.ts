import { Migration } from '@mikro-orm/migrations';
import { inboxTableSql } from '../../../platform/events/inbox';

export class Migration20261130010000CreateBookings extends Migration {
  override async up(): Promise<void> {
    // gist operator classes for uuid equality, used by the occupancy exclusion constraint.
    this.addSql(`create extension if not exists btree_gist;`);
    this.addSql(`
      create table "bookings"."listing_terms" (
        "listing_id" uuid not null,
        "host_id" uuid not null,
        "version" int not null,
        "status" text not null,
        "title" text not null,
        "currency" text not null,
        "nightly_price_minor" bigint not null,
        "cleaning_fee_minor" bigint not null,
        "max_guests" int not null,
        "min_nights" int not null,
        "max_nights" int not null,
        "instant_book" boolean not null,
        "cancellation_policy" text not null,
        "time_zone" text not null,
        "check_in_time" text not null,
        "check_out_time" text not null,
        constraint "listing_terms_pkey" primary key ("listing_id")
      );`);
    this.addSql(`
      create table "bookings"."calendars" (
        "listing_id" uuid not null,
        "version" int not null default 1,
        "advance_notice_days" int not null default 1,
        "booking_window_days" int not null default 365,
        constraint "calendars_pkey" primary key ("listing_id")
      );`);
    this.addSql(`
      create table "bookings"."occupancies" (
        "id" uuid not null,
        "listing_id" uuid not null,
        "kind" text check ("kind" in ('BOOKING', 'BLOCK')) not null,
        "booking_id" uuid null,
        "start_date" date not null,
        "end_date" date not null,
        "note" text null,
        "active" boolean not null default true,
        "created_at" timestamptz not null,
        constraint "occupancies_pkey" primary key ("id"),
        constraint occupancies_range_check check (end_date > start_date)
      );`);
    this.addSql(`create index "occupancies_booking_id_index" on "bookings"."occupancies" ("booking_id");`);
    this.addSql(
      `alter table "bookings"."occupancies" add constraint "occupancies_no_overlap" exclude using gist ("listing_id" with =, daterange("start_date", "end_date", '[)') with &&) where ("active");`,
    );
    this.addSql(`
      create table "bookings"."price_overrides" (
        "listing_id" uuid not null,
        "date" date not null,
        "price_minor" bigint not null,
        constraint "price_overrides_pkey" primary key ("listing_id", "date")
      );`);
    this.addSql(`
      create table "bookings"."bookings" (
        "id" uuid not null,
        "listing_id" uuid not null,
        "guest_id" uuid not null,
        "host_id" uuid not null,
        "idempotency_key" text not null,
        "status" text check ("status" in ('PENDING', 'CONFIRMED', 'CANCELLED', 'COMPLETED')) not null,
        "awaiting" text check ("awaiting" in ('HOST', 'PAYMENT')) null,
        "end_reason" text check ("end_reason" in ('DECLINED', 'EXPIRED', 'CANCELLED_BY_GUEST', 'CANCELLED_BY_HOST', 'CANCELLED_BY_ADMIN')) null,
        "check_in" date not null,
        "check_out" date not null,
        "nights" int not null,
        "guests" int not null,
        "currency" text not null,
        "accommodation_minor" bigint not null,
        "cleaning_fee_minor" bigint not null,
        "service_fee_minor" bigint not null,
        "taxes_minor" bigint not null,
        "total_minor" bigint not null,
        "refund_minor" bigint null,
        "payment_id" uuid null,
        "cancellation_policy" text check ("cancellation_policy" in ('FLEXIBLE', 'MODERATE', 'STRICT', 'NON_REFUNDABLE')) not null,
        "time_zone" text not null,
        "check_in_at" timestamptz not null,
        "check_out_at" timestamptz not null,
        "hold_expires_at" timestamptz null,
        "created_at" timestamptz not null,
        "updated_at" timestamptz not null,
        constraint "bookings_pkey" primary key ("id")
      );`);
    this.addSql(
      `create index "bookings_status_check_out_at_index" on "bookings"."bookings" ("status", "check_out_at");`,
    );
    this.addSql(`create index "bookings_listing_id_id_index" on "bookings"."bookings" ("listing_id", "id");`);
    this.addSql(`create index "bookings_guest_id_id_index" on "bookings"."bookings" ("guest_id", "id");`);
    this.addSql(
      `alter table "bookings"."bookings" add constraint "bookings_guest_id_idempotency_key_unique" unique ("guest_id", "idempotency_key");`,
    );
    this.addSql(`
      create table "bookings"."booking_transitions" (
        "id" uuid not null,
        "booking_id" uuid not null,
        "from_status" text check ("from_status" in ('PENDING', 'CONFIRMED', 'CANCELLED', 'COMPLETED')) null,
        "from_awaiting" text check ("from_awaiting" in ('HOST', 'PAYMENT')) null,
        "to_status" text check ("to_status" in ('PENDING', 'CONFIRMED', 'CANCELLED', 'COMPLETED')) not null,
        "to_awaiting" text check ("to_awaiting" in ('HOST', 'PAYMENT')) null,
        "end_reason" text check ("end_reason" in ('DECLINED', 'EXPIRED', 'CANCELLED_BY_GUEST', 'CANCELLED_BY_HOST', 'CANCELLED_BY_ADMIN')) null,
        "actor" text check ("actor" in ('GUEST', 'HOST', 'ADMIN', 'SYSTEM')) not null,
        "actor_id" uuid null,
        "note" text null,
        "at" timestamptz not null,
        constraint "booking_transitions_pkey" primary key ("id")
      );`);
    this.addSql(
      `create index "booking_transitions_booking_id_id_index" on "bookings"."booking_transitions" ("booking_id", "id");`,
    );
    this.addSql(inboxTableSql('bookings'));
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "bookings"."inbox";`);
    this.addSql(`drop table if exists "bookings"."booking_transitions";`);
    this.addSql(`drop table if exists "bookings"."bookings";`);
    this.addSql(`drop table if exists "bookings"."price_overrides";`);
    this.addSql(`drop table if exists "bookings"."occupancies";`);
    this.addSql(`drop table if exists "bookings"."calendars";`);
    this.addSql(`drop table if exists "bookings"."listing_terms";`);
  }
}
