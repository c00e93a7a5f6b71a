import type { ApolloServerPlugin } from '@apollo/server';
import { Counter, Histogram, type Registry } from 'prom-client';
import { BoundedLabel } from './bounded-label';
import { errorCodesOf } from './error-codes';
import { LATENCY_BUCKETS } from './latency-buckets';

/** The gateway names what it sends after the client's operation (`Login__accounts__0`): a bounded set, but not a fixed one. */
const MAX_OPERATIONS = 300;

/** Requests, errors by code and latency of one subgraph, per operation the gateway sends it. */
export function subgraphMetricsPlugin(registry: Registry): ApolloServerPlugin {
  const operations = new BoundedLabel(MAX_OPERATIONS);
  const requests = new Counter({
    name: 'staygraph_subgraph_requests_total',
    help: 'GraphQL requests this subgraph answered, by operation.',
    labelNames: ['operation'],
    registers: [registry],
  });
  const errors = new Counter({
    name: 'staygraph_subgraph_errors_total',
    help: 'GraphQL errors in this subgraph’s responses, by operation and extensions.code.',
    labelNames: ['operation', 'code'],
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'staygraph_subgraph_request_duration_seconds',
    help: 'How long this subgraph took to answer, by operation.',
    labelNames: ['operation'],
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  return {
    async requestDidStart() {
      const stopTimer = duration.startTimer();
      return {
        async willSendResponse(requestContext) {
          const name = requestContext.operationName ?? requestContext.request.operationName;
          const operation = name ? operations.valueOf(name) : 'anonymous';
          requests.inc({ operation });
          for (const code of errorCodesOf(requestContext)) errors.inc({ operation, code });
          stopTimer({ operation });
        },
      };
    },
  };
}
