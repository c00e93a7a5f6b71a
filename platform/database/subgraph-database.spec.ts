import { loadConfig } from '../runtime/config';
import { asMigrator, asSubgraph } from './subgraph-database';

describe('database connections per role', () => {
  const config = loadConfig({
    DATABASE_URL: 'postgres://staygraph_worker@db/staygraph',
    DATABASE_URL_ACCOUNTS: 'postgres://staygraph_accounts@db/staygraph',
    MIGRATION_DATABASE_URL: 'postgres://staygraph_migrator@db/staygraph',
  });

  it('connect a subgraph as its own role where one is set, else with DATABASE_URL', () => {
    expect(asSubgraph(config, 'accounts').databaseUrl).toBe('postgres://staygraph_accounts@db/staygraph');
    expect(asSubgraph(config, 'listings').databaseUrl).toBe('postgres://staygraph_worker@db/staygraph');
  });

  it('migrate as the migrator, with a longer statement timeout than requests', () => {
    const migrator = asMigrator(config);
    expect(migrator.databaseUrl).toBe('postgres://staygraph_migrator@db/staygraph');
    expect(migrator.db.statementTimeoutMs).toBeGreaterThan(config.db.statementTimeoutMs);
    expect(config.migration.lockTimeoutMs).toBe(5000);
    expect(asMigrator(loadConfig({ DATABASE_URL: 'postgres://app@db/x' })).databaseUrl).toBe('postgres://app@db/x');
  });
});
