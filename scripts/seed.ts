import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { MikroORM } from '@mikro-orm/postgresql';
import { ConfigError, loadConfig, type Config } from '../platform/runtime/config';
import { createLogger } from '../platform/runtime/logger';
import { listingsOrmConfig } from '../subgraphs/listings/mikro-orm.config';
import { insertSyntheticListings } from '../demo/synthetic-listings';
import { LAUNCHER_DATABASE } from './embedded-postgres';
import { migrateAll } from './stack';
import { safeMessage } from '../platform/runtime/error-serializer';

/** Synthetic rows go only where losing the data would not matter. */
const SCRATCH_DATABASE = /dev|bench|test|demo|scratch|local/i;

/**
 * `npm run seed`: migrates DATABASE_URL and loads the demo data set where a subgraph has none yet.
 * `npm run seed -- --listings 100000` adds that many synthetic listings for benchmarks.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { listings: { type: 'string' } } });
  const count = values.listings === undefined ? 0 : Number(values.listings);
  if (!Number.isInteger(count) || count < 0)
    throw new Error(`--listings: give a whole number, not "${values.listings}"`);
  const config = loadConfig();
  if (!config.databaseUrl)
    throw new ConfigError(['DATABASE_URL: required to seed (npm start seeds its embedded database itself)']);
  const target = new URL(config.databaseUrl);
  const database = target.pathname.slice(1);
  console.log(`target database: ${database} on ${target.host}`);
  if (count > 0) checkScratch(config, database);
  await migrateAll(config, createLogger({ level: 'info', name: 'seed' }), { seed: true });
  console.log('demo data loaded');
  if (count > 0) await seedSynthetic(config, count);
}

function checkScratch(config: Config, database: string): void {
  if (config.mode === 'production' || !(SCRATCH_DATABASE.test(database) || database === LAUNCHER_DATABASE)) {
    throw new Error(
      `Refusing to add synthetic listings to "${database}" (${config.mode}): use a database whose name says dev, bench, test or scratch.`,
    );
  }
}

async function seedSynthetic(config: Config, count: number): Promise<void> {
  const started = Date.now();
  const orm = await MikroORM.init({ ...listingsOrmConfig(config), pool: { min: 0, max: 1 } });
  try {
    await insertSyntheticListings(orm.em.fork(), count, (done) =>
      process.stdout.write(`\r  ${done} / ${count} synthetic listings`),
    );
  } finally {
    await orm.close(true);
  }
  console.log(
    `\n${count} synthetic listings inserted and analyzed in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
  );
  console.log('No listing events were published for them: bookings has no terms for them (search benchmarks only).');
}

main().catch((error: unknown) => {
  console.error(safeMessage(error));
  process.exit(1);
});
