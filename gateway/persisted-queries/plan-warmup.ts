import { createHash } from 'node:crypto';
import type { ApolloGateway } from '@apollo/gateway';
import { operationFromDocument, type Schema } from '@apollo/federation-internals';
import { parse } from 'graphql';
import type { Logger } from '../../platform/runtime/logger';
import type { PersistedOperation } from './manifest';

/** The parts of ApolloGateway (2.14) that hold query plans; none of it is public API. */
interface PlanningInternals {
  apiSchema?: Schema;
  queryPlanner?: { buildQueryPlan(operation: ReturnType<typeof operationFromDocument>): unknown };
  queryPlanStore?: { set(key: string, plan: unknown): Promise<void> };
}

/**
 * Plans every manifest operation at start so the first request of each is not the slow one.
 * @apollo/gateway has no public way to do this; it fills the gateway's plan cache under the key
 * its executor uses (sha256 of query hash + operation name). If a gateway version moves these
 * internals, warming is skipped with a warning and plans are made on first use, as usual.
 */
export async function warmQueryPlans(
  gateway: ApolloGateway,
  operations: Iterable<PersistedOperation>,
  logger: Logger,
): Promise<number> {
  const internals = gateway as unknown as PlanningInternals;
  const { apiSchema, queryPlanner, queryPlanStore } = internals;
  if (!apiSchema || !queryPlanner || !queryPlanStore) {
    logger.warn('this @apollo/gateway version hides its query planner; persisted operations are planned on first use');
    return 0;
  }
  let warmed = 0;
  for (const operation of operations) {
    let plan: unknown;
    try {
      plan = queryPlanner.buildQueryPlan(
        operationFromDocument(apiSchema, parse(operation.body), { operationName: operation.name }),
      );
    } catch (error) {
      // Requests for it will fail validation the normal way; the others still get their plans.
      logger.warn({ err: error, operation: operation.name }, 'a persisted operation does not fit the supergraph');
      continue;
    }
    const withName = createHash('sha256').update(operation.id).update(operation.name).digest('hex');
    // Clients may send the operation name or not; the executor keys plans differently for each.
    await Promise.all([queryPlanStore.set(withName, plan), queryPlanStore.set(operation.id, plan)]);
    warmed += 1;
  }
  return warmed;
}
