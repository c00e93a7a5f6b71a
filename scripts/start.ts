import 'reflect-metadata';
import { loadConfig, type Config } from '../subgraphs/kernel/config';
import { createLogger } from '../subgraphs/kernel/logger';
import { repoPath } from '../subgraphs/kernel/paths';
import { stopOnSignals } from '../subgraphs/kernel/shutdown';
import { DEMO_PASSWORD } from '../subgraphs/accounts/seed';
import { ensureDatabase } from './database';
import { loadOrCreateDevSecrets } from './dev-keys';
import { LAUNCHER_DATABASE, LAUNCHER_PORT, startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres';
import { migrateAll, startStack } from './stack';

/**
 * `npm start`: the whole system in one process. Without DATABASE_URL it runs an embedded PostgreSQL
 * whose data lives in var/postgres; outside production, missing keys and secrets come from
 * var/keys (generated on first start).
 */
async function main(): Promise<void> {
  let config = loadConfig();
  const logger = createLogger({ level: config.logLevel, name: 'launcher' });
  let embedded: EmbeddedPostgres | undefined;

  if (!config.databaseUrl) {
    logger.info({ port: LAUNCHER_PORT }, 'DATABASE_URL not set: starting embedded PostgreSQL (data in var/postgres)');
    embedded = await startEmbeddedPostgres({ dataDir: repoPath('var', 'postgres'), port: LAUNCHER_PORT, persistent: true });
    config = { ...config, databaseUrl: await ensureDatabase(embedded.adminUrl, LAUNCHER_DATABASE) };
  }
  if (config.mode !== 'production') {
    const dev = await loadOrCreateDevSecrets(repoPath('var', 'keys', 'dev-secrets.json'));
    config = {
      ...config,
      jwt: { ...config.jwt, privateKey: config.jwt.privateKey ?? dev.privateKey, publicKeys: config.jwt.publicKeys ?? dev.publicKeys },
      signing: { ...config.signing, secret: config.signing.secret ?? dev.signingSecret },
      mfa: { encryptionKey: config.mfa.encryptionKey ?? dev.mfaKey },
    };
  }

  try {
    await migrateAll(config, logger, { seed: config.mode === 'development' });
    const stack = await startStack({ config, withWorker: true });
    stopOnSignals(logger, async () => {
      await stack.stop();
      await embedded?.stop();
    });
    printWelcome(config, stack.gateway.url);
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}

function printWelcome(config: Config, gatewayUrl: string): void {
  const lines = [
    '',
    `  StayGraph is running (${config.mode})`,
    `  Gateway:   ${gatewayUrl.replace('127.0.0.1', 'localhost')}`,
    ...Object.entries(config.subgraphUrls).map(([name, url]) => `  ${name.padEnd(10)} ${url.replace('127.0.0.1', 'localhost')}`),
    `  Mail:      ${config.mode === 'production' ? 'SMTP' : config.mail.dir} (written by the worker)`,
    ...(config.mode === 'development'
      ? [`  Demo users: guest@example.com, host@example.com, admin@example.com (password ${DEMO_PASSWORD})`]
      : []),
    '  Press Ctrl-C to stop.',
    '',
  ];
  console.log(lines.join('\n'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
