import { Migration } from '@mikro-orm/migrations';
import { inboxTableSql } from '../../../platform/events/inbox';

export class Migration20261128031000CreateInbox extends Migration {
  override async up(): Promise<void> {
    this.addSql(inboxTableSql('accounts'));
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "accounts"."inbox";`);
  }
}
