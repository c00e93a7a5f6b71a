import { Migration } from '@mikro-orm/migrations';

export class Migration20261128052000AddMfa extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      alter table "accounts"."users"
        add column "mfa_secret" text null,
        add column "mfa_enabled_at" timestamptz null,
        add column "mfa_last_used_step" int null;`);
    this.addSql(`
      create table "accounts"."mfa_recovery_codes" (
        "id" uuid not null,
        "user_id" uuid not null,
        "code_hash" text not null,
        "created_at" timestamptz not null,
        "used_at" timestamptz null,
        constraint "mfa_recovery_codes_pkey" primary key ("id")
      );`);
    this.addSql(
      `alter table "accounts"."mfa_recovery_codes" add constraint "mfa_recovery_codes_code_hash_unique" unique ("code_hash");`,
    );
    this.addSql(`
      alter table "accounts"."mfa_recovery_codes" add constraint "mfa_recovery_codes_user_id_foreign"
      foreign key ("user_id") references "accounts"."users" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "accounts"."mfa_recovery_codes";`);
    this.addSql(
      `alter table "accounts"."users" drop column "mfa_secret", drop column "mfa_enabled_at", drop column "mfa_last_used_step";`,
    );
  }
}
