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
import { sendPhoneCode } from './phone/phone-code.job';
import { cleanUpAvatars } from './profile/avatar-cleanup.job';
import { AvatarWiring } from './profile/avatar-wiring';
import { createLoaders } from './loaders';
import { accountsOrmConfig } from './mikro-orm.config';
import { buildAccountsSchema } from './schema';
import { seedAccounts } from './seed';
import { ACCOUNTS_EVENTS } from '../../contracts/events/accounts';
import { HOSTED_LISTING_HANDLERS, resetHostedListings } from './account-deletion/hosted-listings.handlers';
import { resetUserStays, USER_STAY_HANDLERS } from './account-deletion/user-stays.handlers';
import { deleteDataExport } from './data-export/delete-export.job';
import { emailDataExportLink } from './data-export/email-export-link.job';
import { EXPORT_PART_HANDLERS } from './data-export/export-parts.handlers';
import { dataExportRoutes } from './data-export/export.route';
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
  const mfaKeys = config.mfa;
  const missing = [
    ...(privateKey ? [] : ['JWT_PRIVATE_KEY: required by the accounts subgraph']),
    ...(mfaKeys.currentKeyId ? [] : ['MFA_ENCRYPTION_KEY: required by the accounts subgraph (or MFA_ENCRYPTION_KEYS)']),
  ];
  if (!privateKey || !mfaKeys.currentKeyId) throw new ConfigError(missing);
  const accessTokens = await createAccessTokenIssuer({
    privateKey,
    issuer: config.jwt.issuer,
    audience: config.jwt.audience,
    ttlSeconds: config.jwt.accessTokenTtlSeconds,
    clock,
  });
  const avatars = new AvatarWiring(config, clock);
  const redis = connectRedis(config, logger, 'accounts');
  await redisReady(redis);
  const schema = await buildAccountsSchema(
    containerOf(accountsResolvers({ config, logger, clock, redis, accessTokens, mfaKeys, avatars })),
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
      routes: (app) => {
        jwksRoute(config.jwt.publicKeys ?? '{"keys":[]}')(app);
        avatars.routes(orm, logger)(app);
        dataExportRoutes(orm, config, clock, logger)(app);
      },
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
  handlers: [
    sendWelcomeEmail,
    ...BOOKING_NOTIFICATIONS,
    ...PAYMENT_NOTIFICATIONS,
    ...REVIEW_NOTIFICATIONS,
    ...HOSTED_LISTING_HANDLERS,
    ...USER_STAY_HANDLERS,
    ...EXPORT_PART_HANDLERS,
  ],
  resetProjections: async (em) => {
    await resetHostedListings(em);
    await resetUserStays(em);
  },
  jobs: [sendTokenEmail, purgeExpiredTokens, cleanUpAvatars, sendPhoneCode, deleteDataExport, emailDataExportLink],
  schedules: [
    { job: purgeExpiredTokens.name, cron: '17 * * * *' },
    { job: cleanUpAvatars.name, cron: '*/15 * * * *' },
  ],
};
