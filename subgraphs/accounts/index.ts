import { MikroORM } from '@mikro-orm/postgresql';
import { systemClock, type Clock } from '../../platform/runtime/clock';
import { ConfigError, type Config } from '../../platform/runtime/config';
import { containerOf } from '../../platform/graphql/container';
import type { Logger } from '../../platform/runtime/logger';
import type { SubgraphModule } from '../../platform/subgraph-module';
import { startSubgraph, type RunningSubgraph } from '../../platform/graphql/subgraph-server';
import { createAccessTokenIssuer } from './auth/access-token';
import { connectRedis, disconnectRedis, redisReady } from '../../platform/runtime/redis/connect';
import { jwksRoute } from './auth/jwks.route';
import { createLoaders } from './loaders';
import { accountsOrmConfig } from './mikro-orm.config';
import { buildAccountsSchema } from './schema';
import { seedAccounts } from './seed';
import { ACCOUNTS_EVENTS } from '../../contracts/events/accounts';
import { BOOKING_NOTIFICATIONS } from './notifications/booking-notifications';
import { PAYMENT_NOTIFICATIONS } from './notifications/payment-notifications';
import { REVIEW_NOTIFICATIONS } from './notifications/review-notifications';
import { accountsResolvers } from './services';
import { purgeExpiredTokens } from './session/purge-expired.job';
import { sendWelcomeEmail } from './user/welcome-email.handler';
import { sendTokenEmail } from './verification/token-email.job';

export interface AccountsOptions {
  config: Config;
  logger: Logger;
  port?: number;
  clock?: Clock;
}

export async function startAccounts({
  config,
  logger,
  port,
  clock = systemClock,
}: AccountsOptions): Promise<RunningSubgraph> {
  const { privateKey } = config.jwt;
  const mfaKey = config.mfa.encryptionKey;
  const missing = [
    ...(privateKey ? [] : ['JWT_PRIVATE_KEY: required by the accounts subgraph']),
    ...(mfaKey ? [] : ['MFA_ENCRYPTION_KEY: required by the accounts subgraph']),
  ];
  if (!privateKey || !mfaKey) throw new ConfigError(missing);
  const accessTokens = await createAccessTokenIssuer({
    privateKey,
    issuer: config.jwt.issuer,
    audience: config.jwt.audience,
    ttlSeconds: config.jwt.accessTokenTtlSeconds,
    clock,
  });
  const redis = connectRedis(config, logger);
  await redisReady(redis);
  const schema = await buildAccountsSchema(
    containerOf(accountsResolvers({ config, logger, clock, redis, accessTokens, mfaKey })),
  );
  const orm = await MikroORM.init(accountsOrmConfig(config));
  const subgraph = await startSubgraph(
    {
      name: 'accounts',
      schema,
      orm,
      config,
      logger,
      createLoaders,
      clock,
      routes: jwksRoute(config.jwt.publicKeys ?? '{"keys":[]}'),
    },
    port ?? config.subgraphPorts.accounts,
  );
  return {
    ...subgraph,
    stop: async () => {
      await subgraph.stop();
      await disconnectRedis(redis);
    },
  };
}

export const accountsSubgraph: SubgraphModule = {
  name: 'accounts',
  buildSchema: () => buildAccountsSchema(),
  ormConfig: accountsOrmConfig,
  start: startAccounts,
  seed: seedAccounts,
  events: ACCOUNTS_EVENTS,
  handlers: [sendWelcomeEmail, ...BOOKING_NOTIFICATIONS, ...PAYMENT_NOTIFICATIONS, ...REVIEW_NOTIFICATIONS],
  jobs: [sendTokenEmail, purgeExpiredTokens],
  schedules: [{ job: purgeExpiredTokens.name, cron: '17 * * * *' }],
};
