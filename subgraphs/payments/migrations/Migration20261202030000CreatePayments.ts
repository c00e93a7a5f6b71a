import { Migration } from '@mikro-orm/migrations';
import { inboxTableSql } from '../../../platform/events/inbox';

export class Migration20261202030000CreatePayments extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "payments";`);
    this.addSql(inboxTableSql('payments'));
    this.addSql(`
      create table "payments"."payable_bookings" (
        "booking_id" uuid not null,
        "guest_id" uuid not null,
        "host_id" uuid not null,
        "amount_minor" bigint not null,
        "currency" char(3) not null,
        "hold_expires_at" timestamptz null,
        "awaiting" text null,
        "state" text not null,
        "confirmed_payment_id" uuid null,
        "event_id" uuid not null,
        constraint "payable_bookings_pkey" primary key ("booking_id"),
        constraint "payable_bookings_state_check" check ("state" in ('OPEN', 'CONFIRMED', 'ENDED'))
      );`);
    this.addSql(`
      create table "payments"."payments" (
        "id" uuid not null,
        "booking_id" uuid not null,
        "guest_id" uuid not null,
        "host_id" uuid not null,
        "provider" text check ("provider" in ('STRIPE', 'MPESA')) not null,
        "status" text check ("status" in ('PENDING', 'SUCCEEDED', 'FAILED', 'REFUNDED', 'PARTIALLY_REFUNDED')) not null,
        "amount_minor" bigint not null,
        "currency" char(3) not null,
        "charged_minor" bigint not null,
        "refunded_minor" bigint not null default 0,
        "provider_reference" text null,
        "client_secret" text null,
        "receipt" text null,
        "payer_phone" text null,
        "card_brand" text null,
        "card_last4" text null,
        "failure_reason" text null,
        "disputed" boolean not null default false,
        "idempotency_key" text not null,
        "created_at" timestamptz not null,
        "updated_at" timestamptz not null,
        constraint "payments_pkey" primary key ("id"),
        constraint "payments_booking_id_unique" unique ("booking_id"),
        constraint "payments_refunded_check" check ("refunded_minor" >= 0 and "refunded_minor" <= "charged_minor")
      );`);
    this.addSql(`create index "payments_status_updated_at_index" on "payments"."payments" ("status", "updated_at");`);
    this.addSql(`
      create table "payments"."payment_attempts" (
        "id" uuid not null,
        "payment_id" uuid not null references "payments"."payments" ("id"),
        "provider_reference" text null,
        "outcome" text not null,
        "reason" text null,
        "at" timestamptz not null,
        constraint "payment_attempts_pkey" primary key ("id")
      );`);
    this.addSql(`create index "payment_attempts_payment_id_index" on "payments"."payment_attempts" ("payment_id");`);
    this.addSql(`
      create table "payments"."refunds" (
        "id" uuid not null,
        "payment_id" uuid not null references "payments"."payments" ("id"),
        "amount_minor" bigint not null check ("amount_minor" > 0),
        "currency" char(3) not null,
        "reason" text check ("reason" in ('DUPLICATE', 'FRAUDULENT', 'REQUESTED_BY_CUSTOMER')) not null,
        "note" text null,
        "status" text check ("status" in ('PENDING', 'SUCCEEDED', 'FAILED')) not null,
        "provider_reference" text null,
        "failure_reason" text null,
        "idempotency_key" text not null,
        "requested_by" uuid null,
        "created_at" timestamptz not null,
        "updated_at" timestamptz not null,
        constraint "refunds_pkey" primary key ("id"),
        constraint "refunds_idempotency_key_unique" unique ("payment_id", "idempotency_key")
      );`);
    this.addSql(`create index "refunds_status_updated_at_index" on "payments"."refunds" ("status", "updated_at");`);
    this.addSql(`
      create table "payments"."payment_transitions" (
        "id" bigserial primary key,
        "payment_id" uuid not null references "payments"."payments" ("id"),
        "from_status" text null,
        "to_status" text not null,
        "cause" text not null,
        "at" timestamptz not null
      );`);
    this.addSql(`
      create table "payments"."money_audit" (
        "id" bigserial primary key,
        "payment_id" uuid not null,
        "refund_id" uuid null,
        "action" text not null,
        "actor_id" uuid null,
        "amount_minor" bigint not null,
        "currency" char(3) not null,
        "request_id" text null,
        "at" timestamptz not null
      );`);
    this.addSql(`
      create table "payments"."stripe_events" (
        "event_id" text not null,
        "type" text not null,
        "received_at" timestamptz not null,
        constraint "stripe_events_pkey" primary key ("event_id")
      );`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop schema if exists "payments" cascade;`);
  }
}
