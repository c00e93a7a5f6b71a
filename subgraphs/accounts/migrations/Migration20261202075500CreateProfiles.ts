import { Migration } from '@mikro-orm/migrations';

export class Migration20261202075500CreateProfiles extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table "accounts"."profiles" (
        "user_id" uuid not null,
        "about" text not null,
        "preferred_language" text null,
        "preferred_currency" text null,
        "created_at" timestamptz not null,
        "updated_at" timestamptz not null,
        constraint "profiles_pkey" primary key ("user_id")
      );`);
    this.addSql(`
      alter table "accounts"."profiles" add constraint "profiles_user_id_foreign"
      foreign key ("user_id") references "accounts"."users" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "accounts"."profiles";`);
  }
}
