import { Migration } from '@mikro-orm/migrations';

export class Migration20261128051000CreateAuditLog extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table "accounts"."audit_log" (
        "id" uuid not null,
        "occurred_at" timestamptz not null,
        "action" text not null,
        "user_id" uuid null,
        "actor_id" uuid null,
        "request_id" text null,
        "ip" text null,
        "user_agent" text null,
        "details" jsonb not null,
        constraint "audit_log_pkey" primary key ("id")
      );`);
    this.addSql(
      `create index "audit_log_user_id_occurred_at_index" on "accounts"."audit_log" ("user_id", "occurred_at");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "accounts"."audit_log";`);
  }
}
