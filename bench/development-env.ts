import { randomUUID } from 'node:crypto';
import { generateSecrets } from '../scripts/dev-keys';
import { LIMITS_OFF } from './limits-off';

/**
 * The environment of a bench that runs the stack in development mode: fresh keys, its own Redis
 * prefix, limits out of the way, then `overrides`.
 */
export async function developmentBenchEnv(overrides: NodeJS.ProcessEnv): Promise<NodeJS.ProcessEnv> {
  const secrets = await generateSecrets();
  return {
    ...process.env,
    NODE_ENV: 'development',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    JWT_PRIVATE_KEY: secrets.privateKey,
    JWT_PUBLIC_KEYS: secrets.publicKeys,
    SUBGRAPH_SIGNING_SECRET: secrets.signingSecret,
    MFA_ENCRYPTION_KEY: secrets.mfaKey,
    REDIS_KEY_PREFIX: `bench:${randomUUID()}:`,
    ...LIMITS_OFF,
    ...overrides,
  };
}
