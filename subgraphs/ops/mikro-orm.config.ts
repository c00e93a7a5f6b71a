import type { Config } from '../kernel/config';
import { createOrmConfig } from '../kernel/orm-config';
import { migrations } from './migrations';

export function opsOrmConfig(config: Pick<Config, 'databaseUrl' | 'db' | 'mode'>) {
  return createOrmConfig({ schema: 'ops', entities: [], migrations, config });
}
