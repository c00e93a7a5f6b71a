import { Migration } from '@mikro-orm/migrations';
import { inboxTableSql } from '../../../platform/events/inbox';

export class Migration20261129010000CreateListings extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table "listings"."listings" (
        "id" uuid not null,
        "host_id" uuid not null,
        "status" text check ("status" in ('DRAFT', 'PUBLISHED', 'DEACTIVATED')) not null default 'DRAFT',
        "title" text not null,
        "description" text not null,
        "property_type" text check ("property_type" in ('APARTMENT', 'HOUSE', 'VILLA', 'COTTAGE', 'CABIN', 'BUNGALOW', 'LOFT', 'TOWNHOUSE', 'GUESTHOUSE', 'BED_AND_BREAKFAST', 'BOUTIQUE_HOTEL', 'BOAT', 'TINY_HOME', 'OTHER')) not null,
        "room_type" text check ("room_type" in ('ENTIRE_PLACE', 'PRIVATE_ROOM', 'SHARED_ROOM', 'HOTEL_ROOM')) not null,
        "address_street" text not null,
        "address_city" text not null,
        "address_region" text null,
        "address_postal_code" text null,
        "address_country" text not null,
        "latitude" double precision not null,
        "longitude" double precision not null,
        "time_zone" text not null,
        "capacity_guests" int not null,
        "capacity_bedrooms" int not null,
        "capacity_beds" int not null,
        "capacity_bathrooms" double precision not null,
        "amenities" text[] not null,
        "house_rules" text not null,
        "check_in_time" text not null,
        "check_out_time" text not null,
        "currency" text not null,
        "nightly_price_minor" bigint not null,
        "cleaning_fee_minor" bigint not null,
        "min_nights" int not null,
        "max_nights" int not null,
        "instant_book" boolean not null,
        "cancellation_policy" text check ("cancellation_policy" in ('FLEXIBLE', 'MODERATE', 'STRICT', 'NON_REFUNDABLE')) not null,
        "version" int not null default 1,
        "created_at" timestamptz not null,
        "updated_at" timestamptz not null,
        "published_at" timestamptz null,
        constraint "listings_pkey" primary key ("id")
      );`);
    this.addSql(`create index "listings_host_id_id_index" on "listings"."listings" ("host_id", "id");`);
    this.addSql(`
      create table "listings"."host_standings" (
        "host_id" uuid not null,
        "suspended" boolean not null,
        "event_id" uuid not null,
        constraint "host_standings_pkey" primary key ("host_id")
      );`);
    this.addSql(inboxTableSql('listings'));
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "listings"."inbox";`);
    this.addSql(`drop table if exists "listings"."host_standings";`);
    this.addSql(`drop table if exists "listings"."listings";`);
  }
}
