import type { ApolloServerPlugin } from '@apollo/server';
import { getComplexity } from 'graphql-query-complexity';
import type { LimiterFactory } from '../../platform/runtime/redis/rate-limiter';
import { clientKeys, type GatewayContext } from '../context';
import { costLimitExceeded, rateLimited } from '../gateway-errors';
import { consumeEvery } from '../limits/consume-all';
import { coerceVariables } from '../variables';
import type { CostDirectives } from './cost-directives';
import { demandControlEstimator } from './cost-estimator';

export interface CostPolicy {
  costLimit: number;
  costBudget: number;
  windowSeconds: number;
}

/**
 * Estimates each operation's cost before it is planned, refuses one over the limit, spends the
 * caller's budget for the window (429 when it runs out) and reports `extensions.cost` on every
 * response.
 */
export function costPlugin(
  directives: CostDirectives,
  limiter: LimiterFactory,
  policy: CostPolicy,
): ApolloServerPlugin<GatewayContext> {
  const estimator = demandControlEstimator(directives);
  const budget = limiter({ name: 'cost', points: policy.costBudget, durationSeconds: policy.windowSeconds });
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request, contextValue }) {
          if (!operation) return;
          const requested = getComplexity({
            schema,
            query: document,
            operationName: request.operationName ?? undefined,
            variables: coerceVariables(schema, operation, request.variables),
            estimators: [estimator],
          });
          contextValue.cost = { requested, limit: policy.costLimit, remaining: policy.costBudget };
          if (requested > policy.costLimit) throw costLimitExceeded(requested, policy.costLimit);
          const keys = clientKeys(contextValue);
          const { wait, remaining } = await consumeEvery(budget, keys, requested);
          if (wait !== null) throw rateLimited(wait, 'expensive requests');
          contextValue.cost.remaining = remaining;
        },
        async willSendResponse({ response, contextValue }) {
          if (!contextValue.cost || response.body.kind !== 'single') return;
          response.body.singleResult.extensions = { ...response.body.singleResult.extensions, cost: contextValue.cost };
        },
      };
    },
  };
}
