import { Gauge, type Registry } from 'prom-client';

/** What a knex (tarn) pool tells about itself; absent before the first connection and after close. */
export interface PoolState {
  numUsed: () => number;
  numFree: () => number;
  numPendingAcquires: () => number;
}

/** How full the ORM's connection pool is, read at each scrape: `pending` > 0 means requests wait for a connection. */
export function registerPoolMetrics(registry: Registry, pool: () => PoolState | undefined, poolMax: number): void {
  new Gauge({
    name: 'staygraph_db_pool_connections',
    help: 'Database connections of the pool: used, free, and requests pending a connection.',
    labelNames: ['state'],
    registers: [registry],
    collect() {
      const current = pool();
      this.set({ state: 'used' }, current?.numUsed() ?? 0);
      this.set({ state: 'free' }, current?.numFree() ?? 0);
      this.set({ state: 'pending' }, current?.numPendingAcquires() ?? 0);
    },
  });
  new Gauge({
    name: 'staygraph_db_pool_max',
    help: 'Most connections the pool opens (DB_POOL_MAX).',
    registers: [registry],
  }).set(poolMax);
}
