import { randomUUID } from 'node:crypto';
import type { GraphQLRequestContextDidResolveOperation, GraphQLRequestListener } from '@apollo/server';
import { buildSchema, getOperationAST, parse, type GraphQLError } from 'graphql';
import type Redis from 'ioredis';
import { createLogger } from '../../platform/runtime/logger';
import { connectRedis, disconnectRedis, redisReady } from '../../platform/runtime/redis/connect';
import { endedSessions } from '../../platform/runtime/redis/ended-sessions';
import { limiterFactory } from '../../platform/runtime/redis/rate-limiter';
import { suspendedUsers } from '../../platform/runtime/redis/suspended-users';
import type { GatewayContext } from '../context';
import { demandControl } from '../demand-control/demand-control';
import { admissionPlugin } from './admission-plugin';
import { rateLimits } from './rate-limits';

const describeWithRedis = process.env.REDIS_URL ? describe : describe.skip;

const schema = buildSchema(`
  type Query { me: String }
  type Mutation { login(email: String!): String }
`);

/** The gateway's admission with small limits on a connection of the kind the gateway opens. */
describeWithRedis('admission', () => {
  const logger = createLogger({ level: 'silent', name: 'admission-test' });
  let redis: Redis;
  let prefix: string;
  let writes: number;

  beforeAll(async () => {
    redis = connectRedis({ redisUrl: process.env.REDIS_URL, mode: 'test' }, logger, 'gateway')!;
    await redisReady(redis);
  });
  afterAll(() => disconnectRedis(redis));
  beforeEach(() => {
    prefix = `test:${randomUUID()}:`;
    writes = 0;
  });

  /** Counts what the client writes to its socket: one write is one round trip. */
  function countWrites(): void {
    const stream = redis.stream as { write: (...args: unknown[]) => boolean };
    const write = stream.write.bind(stream);
    stream.write = (...args: unknown[]) => {
      writes += 1;
      return write(...args);
    };
  }

  function admission(limits = { operations: 100, mutations: 100, auth: 100 }, costBudget = 1000) {
    const limiter = limiterFactory(redis, prefix);
    const revocations = { suspendedUsers: suspendedUsers(redis, prefix), endedSessions: endedSessions(redis, prefix) };
    const noDirectives = { fieldWeights: new Map(), typeWeights: new Map(), listSizes: new Map() };
    return {
      revocations,
      plugin: admissionPlugin(
        revocations,
        rateLimits(limiter, { windowSeconds: 60, ...limits }),
        demandControl(noDirectives, limiter, { costLimit: 100, costBudget, windowSeconds: 60 }),
      ),
    };
  }

  async function admit(plugin: ReturnType<typeof admission>['plugin'], query: string): Promise<GatewayContext> {
    const document = parse(query);
    const contextValue = {
      requestId: randomUUID(),
      viewer: { id: 'user-1', roles: [], sessionId: 'session-1', emailVerified: true },
      clientIp: '203.0.113.7',
      userAgent: null,
      logger,
      subgraphsCalled: new Set<string>(),
    } as GatewayContext;
    const listener = (await plugin.requestDidStart!({} as never)) as GraphQLRequestListener<GatewayContext>;
    await listener.didResolveOperation!({
      schema,
      document,
      operation: getOperationAST(document),
      request: {},
      contextValue,
    } as unknown as GraphQLRequestContextDidResolveOperation<GatewayContext>);
    return contextValue;
  }

  async function refusal(plugin: ReturnType<typeof admission>['plugin'], query: string): Promise<GraphQLError> {
    return admit(plugin, query).then(
      () => {
        throw new Error('admitted');
      },
      (error: GraphQLError) => error,
    );
  }

  it('reads both revocation lists and spends every limit and the budget in one round trip', async () => {
    const { plugin } = admission();
    await admit(plugin, '{ me }');
    countWrites();
    const ctx = await admit(plugin, 'mutation { login(email: "a@example.com") }');
    expect(writes).toBe(1);
    expect(ctx.cost).toEqual({ requested: 10, limit: 100, remaining: 1000 - 10 });
    // Each key really was spent: the operations limit per address and per user, mutations, sign-in attempts.
    const keys = await redis.keys(`${prefix}*`);
    expect(keys.sort()).toEqual(
      [
        'rl:authentication:ip:203.0.113.7',
        'rl:cost:ip:203.0.113.7',
        'rl:cost:user:user-1',
        'rl:mutations:ip:203.0.113.7',
        'rl:mutations:user:user-1',
        'rl:operations:ip:203.0.113.7',
        'rl:operations:user:user-1',
      ].map((key) => prefix + key),
    );
  });

  it('refuses a revoked token before any limit, and a limit before the cost', async () => {
    const { plugin, revocations } = admission({ operations: 1, mutations: 100, auth: 100 }, 5);
    await revocations.endedSessions.add(['session-1'], 60);
    expect((await refusal(plugin, '{ me }')).extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      http: { status: 401 },
    });
    prefix = `test:${randomUUID()}:`;
    const fresh = admission({ operations: 1, mutations: 100, auth: 100 }, 5).plugin;
    await admit(fresh, '{ me }');
    expect((await refusal(fresh, 'mutation { login(email: "a@example.com") }')).extensions).toMatchObject({
      code: 'RATE_LIMITED',
      http: { status: 429 },
    });
  });

  it('spends no budget on an operation over the cost limit', async () => {
    const { plugin } = admission();
    const tooCostly = `mutation { ${Array.from({ length: 11 }, (_, i) => `l${i}: login(email: "a")`).join(' ')} }`;
    expect((await refusal(plugin, tooCostly)).extensions).toMatchObject({ code: 'COST_LIMIT_EXCEEDED' });
    expect(await redis.keys(`${prefix}rl:cost:*`)).toEqual([]);
  });
});
