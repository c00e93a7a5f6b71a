import 'reflect-metadata';
import { ConfigError, loadConfig } from '../platform/runtime/config';
import { createLogger } from '../platform/runtime/logger';
import { migrateAll } from './stack';
import { safeMessage } from '../platform/runtime/error-serializer';

/** `npm run migrate`: applies every subgraph's pending migrations as MIGRATION_DATABASE_URL (default DATABASE_URL). */
async function main(): Promise<void> {
  const config = loadConfig();
  if (!config.migration.databaseUrl)
    throw new ConfigError([
      'MIGRATION_DATABASE_URL or DATABASE_URL: required to migrate (npm start migrates its embedded database itself)',
    ]);
  await migrateAll(config, createLogger({ level: config.logLevel === 'silent' ? 'silent' : 'info', name: 'migrate' }), {
    seed: false,
  });
}

main().catch((error: unknown) => {
  console.error(safeMessage(error));
  process.exit(1);
});
