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
import { createHttpServer, internalErrorHandler, listen, requestIdMiddleware, requestIdOf } from '../runtime/http';
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
  stop: () => Promise<void>;
}

/** Serves one subgraph: `/graphql`, `/healthz` (process alive) and `/readyz` (database reachable). */
export async function startSubgraph<Loaders>(
  options: SubgraphOptions<Loaders>,
  port: number,
): Promise<RunningSubgraph> {
  const { config, logger, orm } = options;
  const { publicKeys, issuer, audience } = config.jwt;
  if (!publicKeys) throw new ConfigError([`JWT_PUBLIC_KEYS: required by the ${options.name} subgraph`]);
  const verifyToken = createTokenVerifier({ publicKeys, issuer, audience });
  const { secret, toleranceSeconds } = config.signing;
  if (!secret) throw new ConfigError([`SUBGRAPH_SIGNING_SECRET: required by the ${options.name} subgraph`]);
  useCursorSecret(secret);
  const app = express();
  app.disable('x-powered-by');
  app.use(requestIdMiddleware);
  addProbeRoutes(app, () => orm.em.getConnection().execute('select 1'), logger);
  options.routes?.(app);

  const httpServer = createHttpServer(app, config.http.requestTimeoutMs);
  const apollo = new ApolloServer<RequestContext<Loaders>>({
    schema: options.schema,
    introspection: config.mode !== 'production',
    // Stacks and internal messages stay in the log, in every mode.
    includeStacktraceInErrorResponses: false,
    formatError: createErrorFormatter(),
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      errorLoggingPlugin(),
    ],
    logger,
    // The process owner (main.ts / launcher) stops everything in order on SIGTERM/SIGINT.
    stopOnTerminationSignals: false,
  });
  await apollo.start();
  app.use(
    '/graphql',
    express.json({ limit: '1mb', verify: keepRawBody }),
    requireGatewaySignature(secret, toleranceSeconds, options.clock ?? systemClock),
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
  logger.info({ port: actualPort }, `${options.name} subgraph ready`);
  return {
    name: options.name,
    orm,
    url: `http://127.0.0.1:${actualPort}/graphql`,
    stop: async () => {
      await apollo.stop();
      await orm.close(true);
    },
  };
}
