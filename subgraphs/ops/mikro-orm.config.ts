import type { Config } from '../../platform/runtime/config';
import { createOrmConfig } from '../../platform/database/orm-config';
import { migrations } from './migrations';

export function opsOrmConfig(config: Pick<Config, 'databaseUrl' | 'db' | 'mode'>) {
  return createOrmConfig({ schema: 'ops', entities: [], migrations, config });
}
