import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from '../runtime/logger';

/**
 * Logs failures the client cannot act on (bugs, outages) with the request id; expected errors
 * (UNAUTHENTICATED, BAD_USER_INPUT, ...) carry their own code and are not noise in the log.
 */
export function errorLoggingPlugin(): ApolloServerPlugin<{ logger: Logger }> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ contextValue, errors, operationName }) {
          for (const error of errors) {
            const code = error.extensions?.code;
            if (!code || code === 'INTERNAL_SERVER_ERROR')
              contextValue.logger.error(
                { err: error.originalError ?? error, operationName, path: error.path },
                'request failed',
              );
          }
        },
      };
    },
  };
}
