import type { Config } from '../runtime/config';

/**
 * The settings a subgraph's database connections use: its own role's URL (DATABASE_URL_<NAME>) when set,
 * so a process serving several subgraphs (the worker, `npm start`) connects as each with its own rights.
 */
export function asSubgraph(config: Config, name: string): Config {
  const url = config.subgraphDatabaseUrls[name];
  return url ? { ...config, databaseUrl: url } : config;
}

/** The settings migrations use: the schemas' owner, a longer statement timeout, a short lock timeout. */
export function asMigrator(config: Config): Config {
  return {
    ...config,
    databaseUrl: config.migration.databaseUrl,
    db: { ...config.db, statementTimeoutMs: config.migration.statementTimeoutMs },
  };
}
