import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from '../runtime/logger';
import { ErrorCode, isPublicCode } from './graphql-errors';

/**
 * Logs failures the client cannot act on (bugs, outages, a subgraph's internal error) with the
 * request id, through the logger's error serializer (no driver text); expected errors
 * (UNAUTHENTICATED, BAD_USER_INPUT, ...) carry their own code and are not noise in the log. Every
 * INTERNAL_SERVER_ERROR the client gets names the request id, so support can find the log line.
 */
export function errorLoggingPlugin(): ApolloServerPlugin<{ logger: Logger; requestId: string }> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ contextValue, errors, operationName }) {
          for (const error of errors) {
            if (!isPublicCode(error.extensions?.code))
              contextValue.logger.error({ err: error, operationName, path: error.path }, 'request failed');
          }
        },
        async willSendResponse({ contextValue, response }) {
          if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
          const withId = (error: GraphQLFormattedError): GraphQLFormattedError =>
            error.extensions?.code === ErrorCode.INTERNAL
              ? { ...error, extensions: { ...error.extensions, requestId: contextValue.requestId } }
              : error;
          response.body.singleResult.errors = response.body.singleResult.errors.map(withId);
        },
      };
    },
  };
}
