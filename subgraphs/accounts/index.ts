import { MikroORM } from '@mikro-orm/postgresql';
import { systemClock, type Clock } from '../kernel/clock';
import { ConfigError, type Config } from '../kernel/config';
import { containerOf } from '../kernel/container';
import type { Logger } from '../kernel/logger';
import type { SubgraphModule } from '../kernel/subgraph-module';
import { startSubgraph, type RunningSubgraph } from '../kernel/subgraph-server';
import { createAccessTokenIssuer } from './auth/access-token';
import { AuthResolver } from './auth/auth.resolver';
import { AuthService } from './auth/auth.service';
import { jwksRoute } from './auth/jwks.route';
import { SessionResolver } from './session/session.resolver';
import { SessionService } from './session/session.service';
import { createLoaders } from './loaders';
import { accountsOrmConfig } from './mikro-orm.config';
import { buildAccountsSchema } from './schema';
import { seedAccounts } from './seed';
import { ACCOUNTS_EVENTS } from './events';
import { sendWelcomeEmail } from './user/welcome-email.handler';

export interface AccountsOptions {
  config: Config;
  logger: Logger;
  port?: number;
  clock?: Clock;
}

export async function startAccounts({ config, logger, port, clock = systemClock }: AccountsOptions): Promise<RunningSubgraph> {
  const { privateKey } = config.jwt;
  if (!privateKey) throw new ConfigError(['JWT_PRIVATE_KEY: required by the accounts subgraph']);
  const tokens = await createAccessTokenIssuer({
    privateKey,
    issuer: config.jwt.issuer,
    audience: config.jwt.audience,
    ttlSeconds: config.jwt.accessTokenTtlSeconds,
    clock,
  });
  const sessions = new SessionService(tokens, clock, config.jwt, logger);
  const schema = await buildAccountsSchema(containerOf([new AuthResolver(new AuthService(sessions)), new SessionResolver(sessions)]));
  const orm = await MikroORM.init(accountsOrmConfig(config));
  return startSubgraph(
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
}

export const accountsSubgraph: SubgraphModule = {
  name: 'accounts',
  buildSchema: () => buildAccountsSchema(),
  ormConfig: accountsOrmConfig,
  start: startAccounts,
  seed: seedAccounts,
  events: ACCOUNTS_EVENTS,
  handlers: [sendWelcomeEmail],
};
