import { readFileSync } from 'node:fs';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { ConfigError, type Config } from '../subgraphs/kernel/config';
import { authenticate } from '../subgraphs/kernel/authenticate';
import { errorLoggingPlugin } from '../subgraphs/kernel/error-logging-plugin';
import { createErrorFormatter } from '../subgraphs/kernel/graphql-errors';
import { createHttpServer, listen, requestIdMiddleware, requestIdOf } from '../subgraphs/kernel/http';
import type { Logger } from '../subgraphs/kernel/logger';
import { systemClock, type Clock } from '../subgraphs/kernel/clock';
import { repoPath } from '../subgraphs/kernel/paths';
import { addProbeRoutes } from '../subgraphs/kernel/probes';
import { connectRedis, disconnectRedis } from '../subgraphs/kernel/redis/connect';
import { suspendedUsers } from '../subgraphs/kernel/redis/suspended-users';
import { createTokenVerifier } from '../subgraphs/kernel/viewer';
import type { GatewayContext } from './context';
import { authorizationPlugin } from './authorization-plugin';
import { forwardRoutes } from './forwarded-routes';
import { permissions } from './permissions';
import { refuseSuspended } from './suspension-check';
import { SubgraphDataSource } from './subgraph-data-source';

export const SUPERGRAPH_PATH = repoPath('schema', 'supergraph.graphql');

export interface GatewayOptions {
  config: Config;
  logger: Logger;
  port?: number;
  clock?: Clock;
}

export interface RunningGateway {
  url: string;
  stop: () => Promise<void>;
}

export async function startGateway({ config, logger, port, clock = systemClock }: GatewayOptions): Promise<RunningGateway> {
  // @apollo/gateway otherwise reports usage metrics to Apollo and probes cloud metadata addresses
  // (169.254.169.254) at start; nothing leaves this system unless an operator opts in.
  process.env.APOLLO_TELEMETRY_DISABLED ??= 'true';
  if (!config.jwt.publicKeys) throw new ConfigError(['JWT_PUBLIC_KEYS: required by the gateway']);
  const signingSecret = config.signing.secret;
  if (!signingSecret) throw new ConfigError(['SUBGRAPH_SIGNING_SECRET: required by the gateway']);
  const verifyToken = createTokenVerifier({
    publicKeys: config.jwt.publicKeys,
    issuer: config.jwt.issuer,
    audience: config.jwt.audience,
  });
  const redis = connectRedis(config, logger);
  const denylist = suspendedUsers(redis, config.redisKeyPrefix);
  const gateway = new ApolloGateway({
    // The committed supergraph names canonical URLs; the running ones come from the environment.
    supergraphSdl: readFileSync(SUPERGRAPH_PATH, 'utf8'),
    buildService: ({ name, url }) => new SubgraphDataSource({ url: config.subgraphUrls[name] ?? url, signingSecret, clock }),
    logger,
  });

  const app = express();
  app.disable('x-powered-by');
  app.use(requestIdMiddleware);
  let started = false;
  addProbeRoutes(app, async () => {
    if (!started) throw new Error('gateway still starting');
  }, logger);
  forwardRoutes(app, config.subgraphUrls);
  const httpServer = createHttpServer(app, config.http.requestTimeoutMs);
  const development = config.mode === 'development';
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: config.mode !== 'production',
    includeStacktraceInErrorResponses: development,
    formatError: createErrorFormatter(config.mode),
    logger,
    // The process owner (main.ts / launcher) stops everything in order on SIGTERM/SIGINT.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      errorLoggingPlugin(),
      authorizationPlugin(permissions),
      development ? ApolloServerPluginLandingPageLocalDefault({ embed: true }) : ApolloServerPluginLandingPageDisabled(),
    ],
  });
  await apollo.start();
  started = true;
  app.use(
    '/graphql',
    express.json({ limit: '100kb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const authorization = req.header('authorization');
        const requestId = requestIdOf(req);
        const viewer = await authenticate(verifyToken, authorization);
        const requestLogger = logger.child({ requestId, viewerId: viewer?.id });
        await refuseSuspended(denylist, viewer, requestLogger);
        return {
          requestId,
          authorization,
          viewer,
          clientIp: req.ip ?? null,
          userAgent: req.header('user-agent') ?? null,
          logger: requestLogger,
        };
      },
    }),
  );

  const actualPort = await listen(httpServer, config.http.host, port ?? config.gatewayPort);
  logger.info({ port: actualPort }, 'gateway ready');
  return {
    url: `http://127.0.0.1:${actualPort}/graphql`,
    stop: async () => {
      await apollo.stop();
      await disconnectRedis(redis);
    },
  };
}
