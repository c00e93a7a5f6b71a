import 'reflect-metadata';
import { loadConfig, type Config } from '../platform/runtime/config';
import { createLogger } from '../platform/runtime/logger';
import { stopOnSignals } from '../platform/runtime/shutdown';
import { DEMO_PASSWORD } from '../demo/demo-users';
import { ensureDatabase } from './database';
import { loadOrCreateSecrets } from './dev-keys';
import { LAUNCHER_DATABASE, LAUNCHER_PORT, startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres';
import { startLocalPaymentsEmulator, sendWebhooksTo } from './payments-emulator';
import { migrateAll, startStack } from './stack';
import { safeMessage } from '../platform/runtime/error-serializer';
import { stopTracing } from '../platform/observability/tracing';
import type { ProviderEmulator } from '../emulator';

export interface LaunchOptions {
  /** Git-ignored file the secrets are generated into on first launch and read from afterwards. */
  secretsFile: string;
  /** Data directory of the embedded PostgreSQL used when DATABASE_URL is not set. */
  embeddedDataDir: string;
}

/**
 * The whole system in one process: embedded PostgreSQL unless DATABASE_URL is set, secrets from
 * `secretsFile` unless set in the environment, the payment-provider emulator for providers the
 * environment leaves unconfigured (development, or PAYMENTS_EMULATOR=allow), migrations (and demo
 * data in development), every subgraph, the worker and the gateway. Ctrl-C stops it all, PostgreSQL last.
 */
export async function launch(options: LaunchOptions): Promise<void> {
  const secrets = await loadOrCreateSecrets(options.secretsFile);
  process.env.JWT_PRIVATE_KEY ??= secrets.privateKey;
  process.env.JWT_PUBLIC_KEYS ??= secrets.publicKeys;
  process.env.SUBGRAPH_SIGNING_SECRET ??= secrets.signingSecret;
  process.env.MFA_ENCRYPTION_KEY ??= secrets.mfaKey;
  const logger = createLogger({ level: process.env.LOG_LEVEL ?? 'info', name: 'launcher' });
  let embedded: EmbeddedPostgres | undefined;
  if (!process.env.DATABASE_URL) {
    logger.info(
      { port: LAUNCHER_PORT, dataDir: options.embeddedDataDir },
      'DATABASE_URL not set: starting embedded PostgreSQL',
    );
    embedded = await startEmbeddedPostgres({ dataDir: options.embeddedDataDir, port: LAUNCHER_PORT, persistent: true });
    process.env.DATABASE_URL = await ensureDatabase(embedded.adminUrl, LAUNCHER_DATABASE);
  }
  let emulator: ProviderEmulator | undefined;
  try {
    emulator = await startLocalPaymentsEmulator(process.env);
    const config = loadConfig();
    await migrateAll(config, logger, { seed: config.mode === 'development' });
    const stack = await startStack({ config, withWorker: true });
    if (emulator) sendWebhooksTo(emulator, stack.gateway.url);
    stopOnSignals(
      logger,
      async () => {
        await stack.stop();
        await stopTracing();
        await emulator?.close();
        await embedded?.stop();
      },
      config.shutdown.drainSeconds,
    );
    printWelcome(config, stack.gateway.url, emulator?.url);
  } catch (error) {
    await emulator?.close();
    await embedded?.stop();
    throw error;
  }
}

function printWelcome(config: Config, gatewayUrl: string, emulatorUrl?: string): void {
  const lines = [
    '',
    `  StayGraph is running (${config.mode})`,
    `  Gateway:   ${gatewayUrl.replace('127.0.0.1', 'localhost')}`,
    ...Object.entries(config.subgraphUrls).map(
      ([name, url]) => `  ${name.padEnd(10)} ${url.replace('127.0.0.1', 'localhost')}`,
    ),
    ...(emulatorUrl
      ? [`  Payments:  provider emulator ${emulatorUrl} (Stripe and M-Pesa test money, see emulator/README.md)`]
      : []),
    `  Mail:      ${config.mail.transport === 'smtp' ? 'SMTP' : config.mail.dir} (written by the worker)`,
    `  Texts:     ${config.sms.transport === 'twilio' ? 'Twilio' : config.sms.dir} (phone codes, sent by the worker)`,
    ...(config.metrics.enabled
      ? ['  Metrics:   http://localhost:9400/metrics (gateway), :9401…9406 (subgraphs), :9410 (worker)']
      : []),
    ...(config.mode === 'development'
      ? [`  Demo users: guest@example.com, host@example.com, admin@example.com (password ${DEMO_PASSWORD})`]
      : ['  Only persisted operations run (persisted-queries/manifest.json). Create an admin: npm run admin:create']),
    '  Press Ctrl-C to stop.',
    '',
  ];
  console.log(lines.join('\n'));
}

export function runLauncher(options: LaunchOptions): void {
  launch(options).catch((error: unknown) => {
    console.error(safeMessage(error));
    process.exit(1);
  });
}
