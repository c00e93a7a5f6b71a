import 'reflect-metadata';
import { ConfigError, loadConfig } from '../subgraphs/kernel/config';
import { createLogger } from '../subgraphs/kernel/logger';
import { migrateAll } from './stack';

/** `npm run seed`: migrates DATABASE_URL and loads the demo data set where a subgraph has none yet. */
async function main(): Promise<void> {
  const config = loadConfig();
  if (!config.databaseUrl) throw new ConfigError(['DATABASE_URL: required to seed (npm start seeds its embedded database itself)']);
  await migrateAll(config, createLogger({ level: 'info', name: 'seed' }), { seed: true });
  console.log('demo data loaded');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
