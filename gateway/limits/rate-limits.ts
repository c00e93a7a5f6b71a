import type { GraphQLError, OperationDefinitionNode, DocumentNode } from 'graphql';
import type { Config } from '../../platform/runtime/config';
import type { LimiterFactory } from '../../platform/runtime/redis/rate-limiter';
import { clientKeys, type GatewayContext } from '../context';
import { rateLimited } from '../gateway-errors';
import { fragmentsOf, rootFields } from '../root-fields';
import { consumeAll } from './consume-all';

/** Mutations that take a password, a token or a code: what credential stuffing goes through. */
export const AUTHENTICATION_FIELDS = new Set([
  'register',
  'login',
  'completeMfaLogin',
  'refreshToken',
  'requestPasswordReset',
  'resetPassword',
  'verifyEmail',
]);

/** Takes an operation's points from every limit it counts against, all at once; the first refusal, or null. */
export type RateLimitCheck = (
  operation: OperationDefinitionNode,
  document: DocumentNode,
  ctx: GatewayContext,
) => Promise<GraphQLError | null>;

/**
 * Per address and per signed-in user, for every operation; tighter for mutations, and tighter
 * still, per address, for authentication. Every limit an operation counts against is spent in the
 * same moment (so the Redis calls share one round trip): a refused request still spends its
 * points, as a client ignoring `Retry-After` should.
 */
export function rateLimits(limiter: LimiterFactory, config: Config['gateway']['rateLimit']): RateLimitCheck {
  const durationSeconds = config.windowSeconds;
  const operations = limiter({ name: 'operations', points: config.operations, durationSeconds });
  const mutations = limiter({ name: 'mutations', points: config.mutations, durationSeconds });
  const authentication = limiter({ name: 'authentication', points: config.auth, durationSeconds });
  return async (operation, document, ctx) => {
    const keys = clientKeys(ctx);
    const mutation = operation.operation === 'mutation';
    const attempts = mutation
      ? rootFields(operation.selectionSet, fragmentsOf(document)).filter((f) => AUTHENTICATION_FIELDS.has(f.name.value))
          .length
      : 0;
    const [operationsWait, mutationsWait, authWait] = await Promise.all([
      consumeAll(operations, keys),
      mutation ? consumeAll(mutations, keys) : null,
      attempts > 0 ? consumeAll(authentication, [`ip:${ctx.clientIp ?? 'unknown'}`], attempts) : null,
    ]);
    if (operationsWait !== null) return rateLimited(operationsWait, 'requests');
    if (mutationsWait !== null) return rateLimited(mutationsWait, 'changes');
    if (authWait !== null) return rateLimited(authWait, 'sign-in attempts');
    return null;
  };
}
