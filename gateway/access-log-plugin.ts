import type { ApolloServerPlugin } from '@apollo/server';
import type { SensitiveCoordinates } from '../platform/graphql/sensitive';
import type { Logger } from '../platform/runtime/logger';
import type { GatewayContext } from './context';
import { redactRequest } from './log-redaction';
import type { PersistedQueryList } from './persisted-queries/persisted-query-list';

/** A client-chosen header value as logged: bounded, so a client cannot bloat the log. */
const clientLabel = (value: string | undefined) => value?.slice(0, 64) ?? null;

/**
 * One line per operation: what ran (name and id), for whom and from which client (Apollo's
 * `apollographql-client-name` / `-version` headers), what it cost, how long it took, which
 * subgraphs it called and how it ended. `persistedQueryId` is set when the operation is in the
 * manifest or retained: which ids each client version still sends is what retiring one waits for. Variables bound to `@sensitive` arguments and input fields
 * are censored by meaning, not name; no query text is logged, and no id derived from a text that
 * holds a sensitive literal (its hash could be guessed back from a short code or a common password).
 */
export function accessLogPlugin(
  logger: Logger,
  sensitive: SensitiveCoordinates,
  persisted: PersistedQueryList,
): ApolloServerPlugin<GatewayContext> {
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
              persistedQueryId: queryHash && persisted.has(queryHash) ? queryHash : null,
              clientName: clientLabel(request.http?.headers.get('apollographql-client-name')),
              clientVersion: clientLabel(request.http?.headers.get('apollographql-client-version')),
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
