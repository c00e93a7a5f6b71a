import { Migration } from '@mikro-orm/migrations';

export class Migration20261128020000CreateUsers extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table "accounts"."users" (
        "id" uuid not null,
        "email" text not null,
        "password_hash" text not null,
        "display_name" text not null,
        "roles" text[] not null,
        "created_at" timestamptz not null,
        "updated_at" timestamptz not null,
        constraint "users_pkey" primary key ("id")
      );`);
    this.addSql(`alter table "accounts"."users" add constraint "users_email_unique" unique ("email");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "accounts"."users";`);
  }
}
