import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { canConnect, ensureDatabase } from '../scripts/database';
import { generateSecrets } from '../scripts/dev-keys';
import { startEmbeddedPostgres } from '../scripts/embedded-postgres';
import { redisAnswers } from '../platform/runtime/redis/answers';
import { startCallbackRelay } from './support/payments/callback-relay';
import { mpesaEnv, startTestProviderEmulator, stripeEnv } from './support/payments/provider-emulator';
import { setRunState } from './support/run-state';
import { freePort } from './support/free-port';

const DEFAULT_ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';

/**
 * One database per run, created here and dropped in teardown. The machine's PostgreSQL is used when
 * it answers; otherwise a throw-away embedded server, so `npm test` works on a bare machine too.
 */
export default async function globalSetup(): Promise<void> {
  let adminUrl = process.env.TEST_DATABASE_ADMIN_URL ?? DEFAULT_ADMIN_URL;
  let embedded;
  let embeddedDir: string | undefined;
  if (!(await canConnect(adminUrl))) {
    console.warn(`\n[test] No PostgreSQL at ${redact(adminUrl)}: starting an embedded PostgreSQL for this run.`);
    embeddedDir = mkdtempSync(join(tmpdir(), 'staygraph-test-pg-'));
    // Run as root, the server runs as the `postgres` OS user, which must be able to reach its data.
    chmodSync(embeddedDir, 0o755);
    embedded = await startEmbeddedPostgres({
      dataDir: join(embeddedDir, 'data'),
      port: await freePort(),
      persistent: false,
    });
    adminUrl = embedded.adminUrl;
  }

  const databaseName = `staygraph_test_${process.pid}_${Date.now()}`;
  if (!databaseName.includes('test')) throw new Error(`Refusing to use a database without "test" in its name`);
  const databaseUrl = await ensureDatabase(adminUrl, databaseName);

  const redisUrl = process.env.TEST_REDIS_URL ?? DEFAULT_REDIS_URL;
  if (await redisAnswers(redisUrl)) {
    process.env.REDIS_URL = redisUrl;
  } else {
    delete process.env.REDIS_URL;
    console.warn(
      `\n[test] !!! No Redis at ${redisUrl}: Redis-backed parts use in-process stores and Redis-specific tests are SKIPPED. !!!\n`,
    );
  }

  const keys = await generateSecrets();
  Object.assign(process.env, {
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    JWT_PRIVATE_KEY: keys.privateKey,
    JWT_PUBLIC_KEYS: keys.publicKeys,
    SUBGRAPH_SIGNING_SECRET: keys.signingSecret,
    MFA_ENCRYPTION_KEY: keys.mfaKey,
    DB_POOL_MAX: '3',
    HOST: '127.0.0.1',
    MAIL_DIR: mkdtempSync(join(tmpdir(), 'staygraph-test-mail-')),
    SMS_DIR: mkdtempSync(join(tmpdir(), 'staygraph-test-sms-')),
    JOB_MAX_ATTEMPTS: '3',
    // Nothing a test run writes to Redis lands among a development system's keys.
    REDIS_KEY_PREFIX: `test:${databaseName}:`,
    // Every test signs up and signs in from 127.0.0.1; tests of these limits set their own.
    REGISTER_MAX_PER_IP: '100000',
    LOGIN_MAX_FAILURES_PER_IP: '100000',
    RATE_LIMIT_OPERATIONS: '100000',
    RATE_LIMIT_MUTATIONS: '100000',
    RATE_LIMIT_AUTH: '100000',
    COST_BUDGET: '100000000',
    WORKER_CONCURRENCY: '2',
    // Stacks that run as development or production would otherwise all bind the fixed metrics ports;
    // the metrics tests turn them on with free ports.
    METRICS_ENABLED: 'false',
  });
  // One Stripe and Daraja for the whole run: any test file's worker may take any file's payments job
  // (a Stripe event, a refund, a cancelled charge, an M-Pesa callback), so all must ask the same one.
  const emulator = await startTestProviderEmulator();
  const relay = await startCallbackRelay();
  Object.assign(process.env, stripeEnv(emulator.url), mpesaEnv(emulator.url), { MPESA_CALLBACK_BASE_URL: relay.url });
  // In a child process: MikroORM booted in jest's parent process breaks the ORMs in the test realms.
  execFileSync(process.execPath, ['-r', 'ts-node/register/transpile-only', 'scripts/migrate.ts'], { stdio: 'inherit' });
  setRunState({
    adminUrl,
    databaseName,
    stopEmbedded: embedded?.stop,
    embeddedDir,
    mailDir: process.env.MAIL_DIR,
    smsDir: process.env.SMS_DIR,
    stopEmulator: async () => {
      await emulator.close();
      await relay.close();
    },
  });
}

function redact(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = '***';
  return u.toString();
}
