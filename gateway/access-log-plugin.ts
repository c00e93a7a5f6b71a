import type { ApolloServerPlugin } from '@apollo/server';
import type { SensitiveCoordinates } from '../platform/graphql/sensitive';
import type { Logger } from '../platform/runtime/logger';
import type { GatewayContext } from './context';
import { redactRequest } from './log-redaction';

/**
 * One line per operation: what ran (name and id), for whom, what it cost, how long it took, which
 * subgraphs it called and how it ended. Variables bound to `@sensitive` arguments and input fields
 * are censored by meaning, not name; no query text is logged, and no id derived from a text that
 * holds a sensitive literal (its hash could be guessed back from a short code or a common password).
 */
export function accessLogPlugin(logger: Logger, sensitive: SensitiveCoordinates): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse({
          request,
          response,
          schema,
          document,
          operation,
          operationName,
          queryHash,
          errors,
          contextValue,
        }) {
          const redacted = redactRequest(
            schema,
            document,
            operationName ?? request.operationName,
            request.variables,
            sensitive,
          );
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
              operationId: redacted.sensitiveText ? null : (queryHash ?? null),
              operationType: operation?.operation ?? null,
              viewerId: contextValue.viewer?.id ?? null,
              clientIp: contextValue.clientIp,
              cost: contextValue.cost?.requested ?? null,
              durationMs: Math.round(performance.now() - started),
              status: response.http.status ?? 200,
              outcome: codes.length === 0 ? 'ok' : hasData ? 'partial' : 'error',
              errorCodes: [...new Set(codes.filter(Boolean))],
              subgraphs: [...contextValue.subgraphsCalled],
              variables: redacted.variables,
            },
            'operation',
          );
        },
      };
    },
  };
}
