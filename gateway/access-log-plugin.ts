import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from '../platform/runtime/logger';
import type { GatewayContext } from './context';

/** Variables whose values never reach a log: credentials, tokens and codes. */
const SENSITIVE = /password|token|secret|code|otp|challenge|authorization/i;

export function redactVariables(value: unknown, key = ''): unknown {
  if (SENSITIVE.test(key)) return '[redacted]';
  if (Array.isArray(value)) return value.map((item) => redactVariables(item));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactVariables(v, k)]));
  }
  return value;
}

/**
 * One line per operation: what ran (name and id), for whom, what it cost, how long it took, which
 * subgraphs it called and how it ended.
 */
export function accessLogPlugin(logger: Logger): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse({ request, response, operation, operationName, queryHash, errors, contextValue }) {
          const executionErrors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          const codes = [
            ...(errors ?? []).map((e) => e.extensions.code),
            ...executionErrors.map((e) => e.extensions?.code),
          ];
          const hasData = response.body.kind === 'single' && response.body.singleResult.data != null;
          logger.info(
            {
              access: true,
              requestId: contextValue.requestId,
              operationName: operationName ?? request.operationName ?? null,
              operationId: queryHash ?? null,
              operationType: operation?.operation ?? null,
              viewerId: contextValue.viewer?.id ?? null,
              clientIp: contextValue.clientIp,
              cost: contextValue.cost?.requested ?? null,
              durationMs: Math.round(performance.now() - started),
              status: response.http.status ?? 200,
              outcome: codes.length === 0 ? 'ok' : hasData ? 'partial' : 'error',
              errorCodes: [...new Set(codes.filter(Boolean))],
              subgraphs: [...contextValue.subgraphsCalled],
              variables: redactVariables(request.variables ?? {}),
            },
            'operation',
          );
        },
      };
    },
  };
}
