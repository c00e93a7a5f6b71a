import { Migration } from '@mikro-orm/migrations';

export class Migration20261128050000AddEmailVerification extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "accounts"."users" add column "email_verified_at" timestamptz null;`);
    this.addSql(`
      create table "accounts"."one_time_tokens" (
        "id" uuid not null,
        "user_id" uuid not null,
        "purpose" text not null,
        "token_hash" text null,
        "email" text null,
        "created_at" timestamptz not null,
        "expires_at" timestamptz not null,
        "used_at" timestamptz null,
        constraint "one_time_tokens_pkey" primary key ("id")
      );`);
    this.addSql(
      `alter table "accounts"."one_time_tokens" add constraint "one_time_tokens_token_hash_unique" unique ("token_hash");`,
    );
    this.addSql(`create index "one_time_tokens_expires_at_index" on "accounts"."one_time_tokens" ("expires_at");`);
    this.addSql(
      `create index "one_time_tokens_user_id_purpose_index" on "accounts"."one_time_tokens" ("user_id", "purpose");`,
    );
    this.addSql(`
      alter table "accounts"."one_time_tokens" add constraint "one_time_tokens_user_id_foreign"
      foreign key ("user_id") references "accounts"."users" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "accounts"."one_time_tokens";`);
    this.addSql(`alter table "accounts"."users" drop column "email_verified_at";`);
  }
}
