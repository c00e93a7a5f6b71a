import type { MikroORM } from '@mikro-orm/postgresql';

/** Counts the SQL statements a subgraph's ORM sends while `run` executes. */
export async function countStatements(orm: MikroORM, run: () => Promise<unknown>): Promise<number> {
  const knex = orm.em.getConnection().getKnex();
  let count = 0;
  const onQuery = () => {
    count += 1;
  };
  knex.on('query', onQuery);
  try {
    await run();
  } finally {
    knex.off('query', onQuery);
  }
  return count;
}
