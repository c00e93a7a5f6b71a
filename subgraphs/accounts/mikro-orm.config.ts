import type { Config } from '../kernel/config';
import { InboxEntry } from '../kernel/events/inbox.entity';
import { createOrmConfig } from '../kernel/orm-config';
import { migrations } from './migrations';
import { User } from './user/user.entity';

export const ACCOUNTS_SCHEMA = 'accounts';

export function accountsOrmConfig(config: Pick<Config, 'databaseUrl' | 'db' | 'mode'>) {
  return createOrmConfig({ schema: ACCOUNTS_SCHEMA, entities: [User, InboxEntry], migrations, config });
}
