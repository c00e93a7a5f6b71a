import { Migration } from '@mikro-orm/migrations';

export class Migration20261128030000CreateEventLog extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table "events"."log" (
        "id" uuid not null,
        "name" text not null,
        "version" int not null,
        "producer" text not null,
        "payload" jsonb not null,
        "occurred_at" timestamptz not null,
        "request_id" text null,
        constraint "log_pkey" primary key ("id")
      );`);
    this.addSql(`create index "log_name_id_index" on "events"."log" ("name", "id");`);
    // Append-only: history is what projections are rebuilt from.
    this.addSql(`
      create function "events"."log_is_append_only"() returns trigger language plpgsql as $$
      begin
        raise exception 'events.log is append-only';
      end $$;`);
    this.addSql(`
      create trigger "log_append_only" before update or delete on "events"."log"
      for each row execute function "events"."log_is_append_only"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "events"."log";`);
    this.addSql(`drop function if exists "events"."log_is_append_only"();`);
  }
}
