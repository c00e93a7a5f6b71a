import { Migration } from '@mikro-orm/migrations';

export class Migration20261128053000AddHostsAndSuspension extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "accounts"."users" add column "suspended_at" timestamptz null, add column "suspended_reason" text null;`,
    );
    this.addSql(`
      create table "accounts"."host_profiles" (
        "user_id" uuid not null,
        "display_name" text not null,
        "about" text not null,
        "languages" text[] not null,
        "response_time_target" text not null,
        "created_at" timestamptz not null,
        "updated_at" timestamptz not null,
        constraint "host_profiles_pkey" primary key ("user_id")
      );`);
    this.addSql(`
      alter table "accounts"."host_profiles" add constraint "host_profiles_user_id_foreign"
      foreign key ("user_id") references "accounts"."users" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "accounts"."host_profiles";`);
    this.addSql(`alter table "accounts"."users" drop column "suspended_at", drop column "suspended_reason";`);
  }
}
