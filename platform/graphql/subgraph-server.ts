import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/postgresql';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import type { RequestContext } from './context';
import { authenticate } from './authenticate';
import { systemClock, type Clock } from '../runtime/clock';
import { errorLoggingPlugin } from './error-logging-plugin';
import { createErrorFormatter, guardContext } from './graphql-errors';
import { databaseOutagePlugin, withDatabaseOutages } from './database-outage';
import { createHttpServer, internalErrorHandler, listen, requestIdMiddleware, requestIdOf } from '../runtime/http';
import { createDrain } from '../runtime/drain';
import { createMetricsRegistry } from '../observability/metrics-registry';
import { serveMetrics } from '../observability/metrics-server';
import { registerPoolMetrics } from '../observability/pool-metrics';
import { subgraphMetricsPlugin } from '../observability/subgraph-metrics-plugin';
import { addProbeRoutes } from '../runtime/probes';
import type { Logger } from '../runtime/logger';
import { CLIENT_IP_HEADER, USER_AGENT_HEADER } from './request-signing';
import { keepRawBody, requireGatewaySignature } from './signature-middleware';
import { ConfigError, type Config } from '../runtime/config';
import { createTokenVerifier } from './viewer';
import { useCursorSecret } from './cursor';

export interface SubgraphOptions<Loaders> {
  name: string;
  schema: GraphQLSchema;
  orm: MikroORM;
  config: Config;
  logger: Logger;
  createLoaders: (em: RequestContext['em']) => Loaders;
  /** Extra non-GraphQL routes owned by this subgraph (JWKS, uploads, webhooks). */
  routes?: (app: express.Express) => void;
  clock?: Clock;
}

export interface RunningSubgraph {
  name: string;
  url: string;
  orm: MikroORM;
  /** Port of its Prometheus `/metrics`; null when metrics are off. */
  metricsPort: number | null;
  /** Turns readiness off and waits the drain delay; `stop` does it too (once). */
  drain: () => Promise<void>;
  stop: () => Promise<void>;
}

/**
 * Serves one subgraph: `/graphql`, `/healthz` (process alive), `/readyz` (database reachable, not
 * draining) and, on its own port, `/metrics`.
 */
export async function startSubgraph<Loaders>(
  options: SubgraphOptions<Loaders>,
  port: number,
): Promise<RunningSubgraph> {
  const { config, logger, orm } = options;
  const { publicKeys, issuer, audience } = config.jwt;
  if (!publicKeys) throw new ConfigError([`JWT_PUBLIC_KEYS: required by the ${options.name} subgraph`]);
  const verifyToken = createTokenVerifier({ publicKeys, issuer, audience });
  const { secret, previousSecret, toleranceSeconds } = config.signing;
  if (!secret) throw new ConfigError([`SUBGRAPH_SIGNING_SECRET: required by the ${options.name} subgraph`]);
  useCursorSecret(secret);
  const app = express();
  app.disable('x-powered-by');
  app.use(requestIdMiddleware);
  const drain = createDrain(config.shutdown.drainSeconds, logger);
  addProbeRoutes(app, () => orm.em.getConnection().execute('select 1'), logger, { drain });
  const registry = createMetricsRegistry(options.name, config);
  registerPoolMetrics(registry, () => orm.em.getConnection().getKnex().client.pool, config.db.poolMax);
  options.routes?.(app);

  const httpServer = createHttpServer(app, config.http.requestTimeoutMs);
  const apollo = new ApolloServer<RequestContext<Loaders>>({
    schema: options.schema,
    introspection: config.mode !== 'production',
    // Stacks and internal messages stay in the log, in every mode.
    includeStacktraceInErrorResponses: false,
    formatError: withDatabaseOutages(createErrorFormatter()),
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      errorLoggingPlugin(),
      subgraphMetricsPlugin(registry),
      databaseOutagePlugin(),
    ],
    logger,
    // The process owner (main.ts / launcher) stops everything in order on SIGTERM/SIGINT.
    stopOnTerminationSignals: false,
  });
  await apollo.start();
  app.use(
    '/graphql',
    express.json({ limit: '1mb', verify: keepRawBody }),
    requireGatewaySignature(
      previousSecret ? [secret, previousSecret] : [secret],
      toleranceSeconds,
      options.clock ?? systemClock,
    ),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const requestId = requestIdOf(req);
        return guardContext(requestId, logger, async () => {
          const viewer = await authenticate(verifyToken, req.header('authorization'));
          const em = orm.em.fork();
          return {
            em,
            viewer,
            requestId,
            clientIp: req.header(CLIENT_IP_HEADER) ?? null,
            userAgent: req.header(USER_AGENT_HEADER) ?? null,
            logger: logger.child({ requestId, viewerId: viewer?.id }),
            loaders: options.createLoaders(em),
          };
        });
      },
    }),
  );
  app.use(internalErrorHandler(logger));

  const actualPort = await listen(httpServer, config.http.host, port);
  const metrics = await serveMetrics(options.name, registry, config, logger);
  logger.info({ port: actualPort }, `${options.name} subgraph ready`);
  return {
    name: options.name,
    orm,
    url: `http://127.0.0.1:${actualPort}/graphql`,
    metricsPort: metrics.port,
    drain: drain.begin,
    stop: async () => {
      await drain.begin();
      await apollo.stop();
      await metrics.close();
      await orm.close(true);
    },
  };
}
