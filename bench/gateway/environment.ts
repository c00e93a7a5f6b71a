import { randomUUID } from 'node:crypto';
import { generateSecrets } from '../../scripts/dev-keys';
import { SUBGRAPHS } from '../../platform/runtime/config';
import { LIMITS_OFF } from '../limits-off';

/** Ports away from the defaults, so the bench runs beside a developer's stack. */
const PORT_BASE = 47100;
export const GATEWAY_PORT = PORT_BASE;
export const HIVE_PORT = PORT_BASE + 1;
export const HIVE_NO_DEDUP_PORT = PORT_BASE + 2;

/**
 * One production environment for every process of the bench: the subgraphs, our gateway and Hive
 * Gateway share its secrets, ports and Redis prefix. Limits are raised so that the load measures the
 * work per request, not refusals; the caches stay as production has them.
 */
export async function benchEnvironment(databaseUrl: string): Promise<NodeJS.ProcessEnv> {
  const secrets = await generateSecrets();
  const ports = Object.fromEntries(
    SUBGRAPHS.map((s, i) => [`${s.name.toUpperCase()}_PORT`, String(PORT_BASE + 10 + i)]),
  );
  return {
    ...process.env,
    NODE_ENV: 'production',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    DATABASE_URL: databaseUrl,
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    REDIS_KEY_PREFIX: `bench:${randomUUID()}:`,
    JWT_PRIVATE_KEY: secrets.privateKey,
    JWT_PUBLIC_KEYS: secrets.publicKeys,
    SUBGRAPH_SIGNING_SECRET: secrets.signingSecret,
    MFA_ENCRYPTION_KEY: secrets.mfaKey,
    STRIPE_SECRET_KEY: 'sk_test_bench',
    STRIPE_PUBLISHABLE_KEY: 'pk_test_bench',
    STRIPE_WEBHOOK_SECRET: 'whsec_bench',
    PAYMENTS_EMULATOR: 'allow',
    MAIL_TRANSPORT: 'files',
    SMS_TRANSPORT: 'files',
    METRICS_ENABLED: 'false',
    GATEWAY_PORT: String(GATEWAY_PORT),
    ...ports,
    ...LIMITS_OFF,
    ACCESS_TOKEN_TTL_SECONDS: '3600',
  };
}

/** Where each subgraph of `env` listens. */
export function subgraphUrls(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(
    SUBGRAPHS.map((s) => [s.name, `http://127.0.0.1:${env[`${s.name.toUpperCase()}_PORT`]}/graphql`]),
  );
}
