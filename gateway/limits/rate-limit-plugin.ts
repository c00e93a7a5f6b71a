import type { ApolloServerPlugin } from '@apollo/server';
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

/**
 * Per address and per signed-in user, for every operation; tighter for mutations, and tighter
 * still, per address, for authentication. Checked before authorization and planning, so a refused
 * request costs the subgraphs nothing.
 */
export function rateLimitPlugin(
  limiter: LimiterFactory,
  config: Config['gateway']['rateLimit'],
): ApolloServerPlugin<GatewayContext> {
  const durationSeconds = config.windowSeconds;
  const operations = limiter({ name: 'operations', points: config.operations, durationSeconds });
  const mutations = limiter({ name: 'mutations', points: config.mutations, durationSeconds });
  const authentication = limiter({ name: 'authentication', points: config.auth, durationSeconds });
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, contextValue }) {
          const keys = clientKeys(contextValue);
          const operationsWait = await consumeAll(operations, keys);
          if (operationsWait !== null) throw rateLimited(operationsWait, 'requests');
          if (operation?.operation !== 'mutation') return;
          const mutationsWait = await consumeAll(mutations, keys);
          if (mutationsWait !== null) throw rateLimited(mutationsWait, 'changes');
          const attempts = rootFields(operation.selectionSet, fragmentsOf(document)).filter((f) =>
            AUTHENTICATION_FIELDS.has(f.name.value),
          ).length;
          if (attempts === 0) return;
          const authWait = await consumeAll(authentication, [`ip:${contextValue.clientIp ?? 'unknown'}`], attempts);
          if (authWait !== null) throw rateLimited(authWait, 'sign-in attempts');
        },
      };
    },
  };
}
