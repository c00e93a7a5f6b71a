import { readFileSync } from 'node:fs';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { authenticate } from '../platform/graphql/authenticate';
import { systemClock, type Clock } from '../platform/runtime/clock';
import { ConfigError, type Config } from '../platform/runtime/config';
import { errorLoggingPlugin } from '../platform/graphql/error-logging-plugin';
import { createErrorFormatter, guardContext } from '../platform/graphql/graphql-errors';
import { readSensitiveCoordinates } from '../platform/graphql/sensitive';
import {
  createHttpServer,
  internalErrorHandler,
  listen,
  requestIdMiddleware,
  requestIdOf,
} from '../platform/runtime/http';
import type { Logger } from '../platform/runtime/logger';
import { addProbeRoutes } from '../platform/runtime/probes';
import { createDrain } from '../platform/runtime/drain';
import { createMetricsRegistry } from '../platform/observability/metrics-registry';
import { serveMetrics } from '../platform/observability/metrics-server';
import { connectRedis, disconnectRedis, redisReady } from '../platform/runtime/redis/connect';
import { limiterFactory } from '../platform/runtime/redis/rate-limiter';
import { suspendedUsers } from '../platform/runtime/redis/suspended-users';
import { endedSessions } from '../platform/runtime/redis/ended-sessions';
import { createTokenVerifier } from '../platform/graphql/viewer';
import { accessLogPlugin } from './access-log-plugin';
import { authorizationPlugin } from './authorization-plugin';
import { RequestContext, type GatewayContext } from './context';
import { readCostDirectives } from './demand-control/cost-directives';
import { demandControl } from './demand-control/demand-control';
import { forwardRoutes } from './forwarded-routes';
import { bodyErrors } from './http/body-errors';
import { corsPolicy } from './http/cors-policy';
import { securityHeaders } from './http/security-headers';
import { queryLength } from './limits/query-length';
import { withLimitCodes } from './limits/limit-errors';
import { queryLimits } from './limits/query-limits';
import { plannedIntrospectionOnly } from './limits/planned-introspection';
import { rateLimits } from './limits/rate-limits';
import { admissionPlugin } from './limits/admission-plugin';
import { permissions } from './permissions';
import { followPublishedList, initialList } from './persisted-queries/live-list';
import type { PersistedOperation } from './persisted-queries/manifest';
import { persistedQuerySetup } from './persisted-queries/persisted-query-setup';
import { warmQueryPlans } from './persisted-queries/plan-warmup';
import { SubgraphDataSource } from './subgraph-data-source';
import { cachedTokenVerifier } from './verified-token-cache';
import { SUPERGRAPH_PATH } from './supergraph-path';
import { coercePlatformScalars } from './scalars';
import { operationMetricsPlugin } from './metrics/operation-metrics-plugin';
import { OperationLabeler } from './metrics/operation-labels';
import { subgraphFetchMetrics } from './metrics/subgraph-fetch-metrics';

/** Verified tokens remembered (a few hundred bytes each): the signed-in clients of a busy minute. */
const VERIFIED_TOKENS = 10_000;

export interface GatewayOptions {
  config: Config;
  logger: Logger;
  port?: number;
  clock?: Clock;
}

export interface RunningGateway {
  url: string;
  /** Port of its Prometheus `/metrics`; null when metrics are off. */
  metricsPort: number | null;
  /** Turns readiness off and waits the drain delay; `stop` does it too (once). */
  drain: () => Promise<void>;
  stop: () => Promise<void>;
}

/** The only public entry point: GraphQL at /graphql, the forwarded non-GraphQL routes, probes. */
export async function startGateway({
  config,
  logger,
  port,
  clock = systemClock,
}: GatewayOptions): Promise<RunningGateway> {
  // @apollo/gateway otherwise reports usage metrics to Apollo and probes cloud metadata addresses
  // (169.254.169.254) at start; nothing leaves this system unless an operator opts in.
  process.env.APOLLO_TELEMETRY_DISABLED ??= 'true';
  if (!config.jwt.publicKeys) throw new ConfigError(['JWT_PUBLIC_KEYS: required by the gateway']);
  const signingSecret = config.signing.secret;
  if (!signingSecret) throw new ConfigError(['SUBGRAPH_SIGNING_SECRET: required by the gateway']);
  const { gateway: settings, mode } = config;
  const verifyToken = cachedTokenVerifier(
    createTokenVerifier({
      publicKeys: config.jwt.publicKeys,
      issuer: config.jwt.issuer,
      audience: config.jwt.audience,
    }),
    clock,
    VERIFIED_TOKENS,
  );
  const redis = connectRedis(config, logger, 'gateway');
  await redisReady(redis);
  const revocations = {
    suspendedUsers: suspendedUsers(redis, config.redisKeyPrefix),
    endedSessions: endedSessions(redis, config.redisKeyPrefix),
  };
  const limiter = limiterFactory(redis, config.redisKeyPrefix);
  const supergraphSdl = readFileSync(SUPERGRAPH_PATH, 'utf8');
  const persistedList = await initialList(settings, redis, config.redisKeyPrefix, clock, logger);
  const { list } = persistedList;
  const registry = createMetricsRegistry('gateway', config);
  const observeFetch = subgraphFetchMetrics(registry);
  const gateway = new ApolloGateway({
    // The committed supergraph names canonical URLs; the running ones come from the environment.
    supergraphSdl,
    buildService: ({ name, url }) =>
      new SubgraphDataSource({
        name,
        url: config.subgraphUrls[name] ?? url,
        signingSecret,
        clock,
        observeFetch,
        timeouts: settings.subgraphTimeoutMs,
      }),
    logger,
  });
  gateway.onSchemaLoadOrUpdate(({ apiSchema }) => coercePlatformScalars(apiSchema));

  const app = express();
  app.disable('x-powered-by');
  // Answers are per request and mostly to POSTs: hashing every body for an ETag nobody revalidates is waste.
  app.set('etag', false);
  app.set('trust proxy', settings.trustProxy);
  app.use(requestIdMiddleware, securityHeaders(mode));
  let started = false;
  const drain = createDrain(config.shutdown.drainSeconds, logger);
  addProbeRoutes(
    app,
    async () => {
      if (!started) throw new Error('gateway still starting');
    },
    logger,
    { drain },
  );
  app.use('/media', corsPolicy(settings.corsOrigins));
  forwardRoutes(app, config.subgraphUrls, { mpesaCallbackAllowedIps: config.payments.mpesa.callbackAllowedIps });
  const httpServer = createHttpServer(app, config.http.requestTimeoutMs);
  const limits = queryLimits({ mode, limits: settings.limits });
  const enforce = settings.enforcePersistedQueries;
  const persisted = persistedQuerySetup(enforce, list, redis, config.redisKeyPrefix, logger);
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: mode !== 'production',
    // Stacks and internal messages stay in the log, in every mode; subgraphs' internal errors are masked again here.
    includeStacktraceInErrorResponses: false,
    formatError: withLimitCodes(createErrorFormatter()),
    validationRules: [...limits.validationRules, plannedIntrospectionOnly],
    parseOptions: limits.parseOptions,
    persistedQueries: persisted.persistedQueries,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    logger,
    // The process owner (main.ts / launcher) stops everything in order on SIGTERM/SIGINT.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      accessLogPlugin(logger, readSensitiveCoordinates(supergraphSdl), list),
      ...persisted.plugins,
      operationMetricsPlugin(
        registry,
        new OperationLabeler(
          () => list.current().map((operation) => operation.name),
          config.metrics.clientNames,
          clock,
        ),
      ),
      errorLoggingPlugin(),
      ...limits.plugins,
      admissionPlugin(
        revocations,
        rateLimits(limiter, settings.rateLimit),
        demandControl(readCostDirectives(supergraphSdl), limiter, {
          ...settings,
          windowSeconds: settings.rateLimit.windowSeconds,
        }),
      ),
      authorizationPlugin(permissions),
      mode === 'development'
        ? ApolloServerPluginLandingPageLocalDefault({ embed: true })
        : ApolloServerPluginLandingPageDisabled(),
    ],
  });
  await apollo.start();
  const warm = (operations: PersistedOperation[]) =>
    enforce ? warmQueryPlans(gateway, operations, logger) : Promise.resolve(0);
  logger.info({ operations: await warm(list.current()) }, 'persisted operations planned');
  const stopFollowing = redis
    ? followPublishedList(list, redis, config.redisKeyPrefix, logger, warm, persistedList.version)
    : async () => {};
  started = true;
  app.use(
    '/graphql',
    corsPolicy(settings.corsOrigins),
    express.json({ limit: settings.maxBodyBytes }),
    bodyErrors,
    queryLength(settings.limits.characters),
    ...persisted.middleware,
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const authorization = req.header('authorization');
        const requestId = requestIdOf(req);
        return guardContext(requestId, logger, async () => {
          const viewer = await authenticate(verifyToken, authorization);
          const userAgent = req.header('user-agent') ?? null;
          return new RequestContext(logger, requestId, authorization, viewer, req.ip ?? null, userAgent);
        });
      },
    }),
  );
  app.use(internalErrorHandler(logger));

  const actualPort = await listen(httpServer, config.http.host, port ?? config.gatewayPort);
  const metrics = await serveMetrics('gateway', registry, config, logger);
  logger.info({ port: actualPort, mode, persistedOperations: list.current().length }, 'gateway ready');
  return {
    url: `http://127.0.0.1:${actualPort}/graphql`,
    metricsPort: metrics.port,
    drain: drain.begin,
    stop: async () => {
      await drain.begin();
      await apollo.stop();
      await stopFollowing();
      await metrics.close();
      await disconnectRedis(redis);
    },
  };
}
