import type { ApolloServerPlugin } from '@apollo/server';
import type { GatewayContext } from '../context';
import type { DemandControl } from '../demand-control/demand-control';
import { revokedTokenRefusal, type RevocationLists } from '../revocation-check';
import type { RateLimitCheck } from './rate-limits';

/**
 * Admits an operation before it is authorized and planned, so a refused one costs the subgraphs
 * nothing: a revoked token (401), a caller over a rate limit (429), an estimated cost over the
 * limit, a caller out of cost budget (429), in that order; an operation over the cost limit spends
 * no budget. The revocation lists, the rate limits and the budget are
 * read and spent together: on the gateway's auto-pipelining Redis connection that is one round
 * trip per request instead of one per list and limit. Every response reports `extensions.cost`.
 */
export function admissionPlugin(
  revocations: RevocationLists,
  rateLimits: RateLimitCheck,
  demand: DemandControl,
): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request, contextValue }) {
          if (!operation) return;
          const cost = demand.estimate(schema, document, operation, request, contextValue);
          const tooCostly = demand.overLimit(cost);
          const [revoked, limited, outOfBudget] = await Promise.all([
            revokedTokenRefusal(revocations, contextValue.viewer),
            rateLimits(operation, document, contextValue),
            tooCostly ? null : demand.spend(contextValue, cost),
          ]);
          const refusal = revoked ?? limited ?? tooCostly ?? outOfBudget;
          if (refusal) throw refusal;
        },
        async willSendResponse({ response, contextValue }) {
          if (!contextValue.cost || response.body.kind !== 'single') return;
          response.body.singleResult.extensions = { ...response.body.singleResult.extensions, cost: contextValue.cost };
        },
      };
    },
  };
}
