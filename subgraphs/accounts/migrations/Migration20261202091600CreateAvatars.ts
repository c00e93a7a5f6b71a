import { Migration } from '@mikro-orm/migrations';

export class Migration20261202091600CreateAvatars extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table "accounts"."avatars" (
        "id" uuid not null,
        "user_id" uuid not null,
        "status" text check ("status" in ('PENDING', 'PROCESSING', 'READY', 'DELETED')) not null default 'PENDING',
        "sizes" jsonb null,
        "upload_expires_at" timestamptz not null,
        "created_at" timestamptz not null,
        "updated_at" timestamptz not null,
        constraint "avatars_pkey" primary key ("id")
      );`);
    this.addSql(`create index "avatars_user_id_status_index" on "accounts"."avatars" ("user_id", "status");`);
    this.addSql(
      `create index "avatars_status_upload_expires_at_index" on "accounts"."avatars" ("status", "upload_expires_at");`,
    );
    this.addSql(`
      alter table "accounts"."avatars" add constraint "avatars_user_id_foreign"
      foreign key ("user_id") references "accounts"."users" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "accounts"."avatars";`);
  }
}
