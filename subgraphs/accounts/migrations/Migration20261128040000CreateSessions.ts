import { Migration } from '@mikro-orm/migrations';

export class Migration20261128040000CreateSessions extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table "accounts"."sessions" (
        "id" uuid not null,
        "user_id" uuid not null,
        "user_agent" text null,
        "ip" text null,
        "created_at" timestamptz not null,
        "last_used_at" timestamptz not null,
        "expires_at" timestamptz not null,
        "revoked_at" timestamptz null,
        "revoked_reason" text null,
        constraint "sessions_pkey" primary key ("id")
      );`);
    this.addSql(`create index "sessions_user_id_index" on "accounts"."sessions" ("user_id");`);
    this.addSql(`
      alter table "accounts"."sessions" add constraint "sessions_user_id_foreign"
      foreign key ("user_id") references "accounts"."users" ("id") on update cascade on delete cascade;`);
    this.addSql(`
      create table "accounts"."refresh_tokens" (
        "id" uuid not null,
        "session_id" uuid not null,
        "token_hash" text not null,
        "created_at" timestamptz not null,
        "expires_at" timestamptz not null,
        "rotated_at" timestamptz null,
        constraint "refresh_tokens_pkey" primary key ("id")
      );`);
    this.addSql(
      `alter table "accounts"."refresh_tokens" add constraint "refresh_tokens_token_hash_unique" unique ("token_hash");`,
    );
    this.addSql(`
      alter table "accounts"."refresh_tokens" add constraint "refresh_tokens_session_id_foreign"
      foreign key ("session_id") references "accounts"."sessions" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "accounts"."refresh_tokens";`);
    this.addSql(`drop table if exists "accounts"."sessions";`);
  }
}
