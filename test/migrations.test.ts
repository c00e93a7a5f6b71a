import { MikroORM } from '@mikro-orm/postgresql';
import { loadConfig } from '../platform/runtime/config';
import { eventLogOrmConfig } from '../platform/events/event-log.orm';
import { SUBGRAPH_MODULES } from '../subgraphs';

const OWNERS = [{ name: 'events', ormConfig: eventLogOrmConfig }, ...SUBGRAPH_MODULES];

describe.each(OWNERS.map((m) => [m.name, m] as const))('%s migrations', (_name, module) => {
  it('leave the database exactly as the entities describe it', async () => {
    const orm = await MikroORM.init({ ...module.ormConfig(loadConfig()), pool: { min: 0, max: 1 } });
    try {
      const schema = orm.config.get('schema');
      expect(await orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false, schema })).toBe('');
    } finally {
      await orm.close(true);
    }
  });
});
