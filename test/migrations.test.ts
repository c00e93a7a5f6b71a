import { MikroORM } from '@mikro-orm/postgresql';
import { loadConfig } from '../subgraphs/kernel/config';
import { SUBGRAPH_MODULES } from '../scripts/subgraphs';

describe.each(SUBGRAPH_MODULES.map((m) => [m.name, m] as const))('%s migrations', (_name, module) => {
  it('leave the database exactly as the entities describe it', async () => {
    const orm = await MikroORM.init({ ...module.ormConfig(loadConfig()), pool: { min: 0, max: 1 } });
    try {
      expect(await orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false })).toBe('');
    } finally {
      await orm.close(true);
    }
  });
});
