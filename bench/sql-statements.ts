import type { RunningSubgraph } from '../platform/graphql/subgraph-server';

/**
 * Counts the SQL statements each subgraph's ORM sends, as test/support/sql-counter.ts does for one
 * ORM: the bench runs one operation at a time, so a reading is that operation's cost.
 */
export class StatementCounter {
  private readonly counts = new Map<string, number>();
  private readonly detach: (() => void)[] = [];

  constructor(subgraphs: RunningSubgraph[]) {
    for (const subgraph of subgraphs) {
      const knex = subgraph.orm.em.getConnection().getKnex();
      const onQuery = () => this.counts.set(subgraph.name, (this.counts.get(subgraph.name) ?? 0) + 1);
      knex.on('query', onQuery);
      this.detach.push(() => knex.off('query', onQuery));
    }
  }

  /** Statements per subgraph since the last call, e.g. `{ listings: 2 }`. */
  take(): Record<string, number> {
    const taken = Object.fromEntries(this.counts);
    this.counts.clear();
    return taken;
  }

  stop(): void {
    for (const off of this.detach) off();
  }
}
