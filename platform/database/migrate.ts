import type { MikroORM } from '@mikro-orm/postgresql';

/** Creates the subgraph's own schema if needed, then applies its pending migrations. */
export async function migrate(orm: MikroORM): Promise<string[]> {
  const schema = orm.config.get('schema');
  await orm.em.getConnection().execute(`create schema if not exists "${schema}"`);
  const applied = await orm.getMigrator().up();
  return applied.map((m) => m.name);
}
