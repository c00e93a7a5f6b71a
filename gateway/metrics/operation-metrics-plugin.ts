import type { ApolloServerPlugin } from '@apollo/server';
import { Counter, Histogram, type Registry } from 'prom-client';
import { errorCodesOf } from '../../platform/observability/error-codes';
import { LATENCY_BUCKETS } from '../../platform/observability/latency-buckets';
import type { GatewayContext } from '../context';
import type { OperationLabeler } from './operation-labels';

const LABELS = ['operation', 'client_name', 'client_version'] as const;
/** Refusals by the gateway's own limits, by the code they answer with. */
const REFUSALS: Record<string, string> = { RATE_LIMITED: 'rate_limit', COST_LIMIT_EXCEEDED: 'cost_limit' };

/**
 * Per operation and client (Apollo's `apollographql-client-name` / `-version` headers): requests,
 * errors by `extensions.code` and latency; and how often rate and cost limits refused an operation.
 */
export function operationMetricsPlugin(
  registry: Registry,
  labeler: OperationLabeler,
): ApolloServerPlugin<GatewayContext> {
  const requests = new Counter({
    name: 'staygraph_gateway_operations_total',
    help: 'GraphQL operations the gateway answered, by operation and client.',
    labelNames: LABELS,
    registers: [registry],
  });
  const errors = new Counter({
    name: 'staygraph_gateway_operation_errors_total',
    help: 'GraphQL errors in the gateway’s responses, by operation, client and extensions.code.',
    labelNames: [...LABELS, 'code'],
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'staygraph_gateway_operation_duration_seconds',
    help: 'How long the gateway took to answer an operation, by operation and client.',
    labelNames: LABELS,
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  const refusals = new Counter({
    name: 'staygraph_gateway_refusals_total',
    help: 'Operations refused by a rate limit or the cost limit, before planning.',
    labelNames: ['limit'],
    registers: [registry],
  });
  return {
    async requestDidStart({ request }) {
      const stopTimer = duration.startTimer();
      const headers = request.http?.headers;
      return {
        async willSendResponse(requestContext) {
          const labels = labeler.labelsOf(
            requestContext.operationName ?? request.operationName,
            headers?.get('apollographql-client-name'),
            headers?.get('apollographql-client-version'),
          );
          requests.inc(labels);
          for (const code of errorCodesOf(requestContext)) {
            errors.inc({ ...labels, code });
            if (REFUSALS[code]) refusals.inc({ limit: REFUSALS[code] });
          }
          stopTimer(labels);
        },
      };
    },
  };
}
