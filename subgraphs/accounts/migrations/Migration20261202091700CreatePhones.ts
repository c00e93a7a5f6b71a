import { Migration } from '@mikro-orm/migrations';

export class Migration20261202091700CreatePhones extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table "accounts"."user_phones" (
        "user_id" uuid not null,
        "phone_number" text not null,
        "verified_at" timestamptz not null,
        "created_at" timestamptz not null,
        "updated_at" timestamptz not null,
        constraint "user_phones_pkey" primary key ("user_id")
      );`);
    this.addSql(`
      alter table "accounts"."user_phones" add constraint "user_phones_user_id_foreign"
      foreign key ("user_id") references "accounts"."users" ("id") on update cascade on delete cascade;`);
    this.addSql(`
      create table "accounts"."phone_verifications" (
        "id" uuid not null,
        "user_id" uuid not null,
        "phone_number" text not null,
        "code_hash" text null,
        "attempts" int not null default 0,
        "expires_at" timestamptz not null,
        "sent_at" timestamptz null,
        "used_at" timestamptz null,
        "created_at" timestamptz not null,
        constraint "phone_verifications_pkey" primary key ("id")
      );`);
    this.addSql(
      `create index "phone_verifications_user_id_created_at_index" on "accounts"."phone_verifications" ("user_id", "created_at");`,
    );
    this.addSql(`
      alter table "accounts"."phone_verifications" add constraint "phone_verifications_user_id_foreign"
      foreign key ("user_id") references "accounts"."users" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "accounts"."phone_verifications";`);
    this.addSql(`drop table if exists "accounts"."user_phones";`);
  }
}
