import type { GraphQLError, DocumentNode, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import type { LimiterFactory } from '../../platform/runtime/redis/rate-limiter';
import { clientKeys, type GatewayContext, type OperationCost } from '../context';
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

export interface DemandControl {
  /** The operation's estimated cost, recorded on the context. */
  estimate(
    schema: GraphQLSchema,
    document: DocumentNode,
    operation: OperationDefinitionNode,
    request: { operationName?: string | null; variables?: Record<string, unknown> },
    ctx: GatewayContext,
  ): OperationCost;
  /** The refusal of an operation whose estimate is over the limit, or null. */
  overLimit(cost: OperationCost): GraphQLError | null;
  /** Spends the estimate from the caller's budget for the window: the 429 when it runs out, or null. */
  spend(ctx: GatewayContext, cost: OperationCost): Promise<GraphQLError | null>;
}

/**
 * Estimates each operation's cost before it is planned, refuses one over the limit and spends the
 * caller's budget for the window (see `admissionPlugin`, which also reports `extensions.cost`).
 */
export function demandControl(directives: CostDirectives, limiter: LimiterFactory, policy: CostPolicy): DemandControl {
  const estimator = demandControlEstimator(directives);
  const budget = limiter({ name: 'cost', points: policy.costBudget, durationSeconds: policy.windowSeconds });
  return {
    estimate(schema, document, operation, request, ctx) {
      const requested = getComplexity({
        schema,
        query: document,
        operationName: request.operationName ?? undefined,
        variables: coerceVariables(schema, operation, request.variables),
        estimators: [estimator],
      });
      ctx.cost = { requested, limit: policy.costLimit, remaining: policy.costBudget };
      return ctx.cost;
    },
    overLimit: (cost) => (cost.requested > cost.limit ? costLimitExceeded(cost.requested, cost.limit) : null),
    async spend(ctx, cost) {
      const { wait, remaining } = await consumeEvery(budget, clientKeys(ctx), cost.requested);
      if (wait !== null) return rateLimited(wait, 'expensive requests');
      cost.remaining = remaining;
      return null;
    },
  };
}
