import { Migration } from '@mikro-orm/migrations';

export class Migration20261202095000CreateRegistrationKeys extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table "accounts"."registration_keys" (
        "key" text not null,
        "user_id" uuid not null,
        "created_at" timestamptz not null,
        constraint "registration_keys_pkey" primary key ("key")
      );`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "accounts"."registration_keys";`);
  }
}
