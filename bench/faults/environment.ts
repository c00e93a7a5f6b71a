import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { SUBGRAPHS } from '../../platform/runtime/config';
import { generateSecrets } from '../../scripts/dev-keys';
import { freePort } from '../../test/support/free-port';
import { LIMITS_OFF } from '../limits-off';

/** Only what a process needs from the caller's environment: a DATABASE_URL or REDIS_URL there must not leak in. */
function inherited(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(([name]) => /^(PATH|HOME|LANG|TMPDIR|TZ|OTEL_.*)$/.test(name)),
  );
}

/**
 * The production environment of the stack and the worker: fresh secrets, the scratch PostgreSQL
 * and Redis, free ports, mail and texts written to files, metrics off, and the rate limits raised
 * (one address makes every request: the limits would measure themselves, not the faults).
 */
export async function productionEnvironment(options: {
  dir: string;
  databaseUrl: string;
  redisUrl: string;
  /** The payment settings pointing at the provider emulator (scripts/payments-emulator.ts). */
  payments: NodeJS.ProcessEnv;
}): Promise<{ env: NodeJS.ProcessEnv; gatewayPort: number; workerPort: number }> {
  const secrets = await generateSecrets();
  const gatewayPort = await freePort();
  const workerPort = await freePort();
  const env: NodeJS.ProcessEnv = { ...inherited(), ...options.payments };
  for (const subgraph of SUBGRAPHS) env[`${subgraph.name.toUpperCase()}_PORT`] = String(await freePort());
  Object.assign(env, {
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    DATABASE_URL: options.databaseUrl,
    REDIS_URL: options.redisUrl,
    REDIS_KEY_PREFIX: `faults:${randomUUID()}:`,
    DB_POOL_MAX: '4',
    JWT_PRIVATE_KEY: secrets.privateKey,
    JWT_PUBLIC_KEYS: secrets.publicKeys,
    SUBGRAPH_SIGNING_SECRET: secrets.signingSecret,
    MFA_ENCRYPTION_KEY: secrets.mfaKey,
    GATEWAY_PORT: String(gatewayPort),
    WORKER_PORT: String(workerPort),
    METRICS_ENABLED: 'false',
    MAIL_TRANSPORT: 'files',
    MAIL_DIR: join(options.dir, 'mail'),
    SMS_TRANSPORT: 'files',
    SMS_DIR: join(options.dir, 'sms'),
    MEDIA_DIR: join(options.dir, 'media'),
    SHUTDOWN_DRAIN_SECONDS: '1',
    ...LIMITS_OFF,
  });
  return { env, gatewayPort, workerPort };
}
