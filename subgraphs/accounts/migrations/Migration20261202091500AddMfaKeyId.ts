import { Migration } from '@mikro-orm/migrations';

export class Migration20261202091500AddMfaKeyId extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "accounts"."users" add column "mfa_key_id" text null;`);
    // Secrets sealed before key ids existed were sealed with MFA_ENCRYPTION_KEY, the key "default".
    this.addSql(`update "accounts"."users" set "mfa_key_id" = 'default' where "mfa_secret" is not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "accounts"."users" drop column "mfa_key_id";`);
  }
}
