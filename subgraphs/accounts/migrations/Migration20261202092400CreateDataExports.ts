import { Migration } from '@mikro-orm/migrations';

export class Migration20261202092400CreateDataExports extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table "accounts"."data_exports" (
        "id" uuid not null,
        "user_id" uuid not null,
        "status" text check ("status" in ('PENDING', 'READY', 'EXPIRED')) not null default 'PENDING',
        "requested_at" timestamptz not null,
        "sealing_public_key" text null,
        "sealing_private_key" text null,
        "parts" jsonb not null default '{}',
        "archive" jsonb null,
        "ready_at" timestamptz null,
        "expires_at" timestamptz null,
        "download_token_hash" text null,
        "download_expires_at" timestamptz null,
        constraint "data_exports_pkey" primary key ("id")
      );`);
    this.addSql(
      `create index "data_exports_user_id_requested_at_index" on "accounts"."data_exports" ("user_id", "requested_at");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "accounts"."data_exports";`);
  }
}
