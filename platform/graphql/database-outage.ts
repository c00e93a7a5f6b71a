import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { connectionFailure } from '../database/connection-errors';
import { OUTCOME_UNKNOWN_CODE, outcomeUnknown, serviceUnavailable } from './unavailable-errors';

type Format = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

const formatted = (error: GraphQLError, path: GraphQLFormattedError['path']): GraphQLFormattedError => ({
  message: error.message,
  ...(path ? { path } : {}),
  extensions: error.extensions,
});

/**
 * A resolver that failed because the database connection did (a restart, a terminated backend)
 * answers a typed code instead of an internal error: `SUBGRAPH_UNAVAILABLE` when nothing reached
 * the server, `OUTCOME_UNKNOWN` when a statement was in flight. `databaseOutagePlugin` turns the
 * latter back into unavailable for reads, which changed nothing.
 */
export function withDatabaseOutages(format: Format): Format {
  return (shaped, error) => {
    const original = error instanceof GraphQLError ? error.originalError : error;
    const failure = connectionFailure(original);
    if (failure === 'refused') return formatted(serviceUnavailable(), shaped.path);
    if (failure === 'lost') return formatted(outcomeUnknown(), shaped.path);
    return format(shaped, error);
  };
}

export function databaseOutagePlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation, response }) {
          if (operation?.operation === 'mutation' || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.errors = result.errors?.map((error) =>
            error.extensions?.code === OUTCOME_UNKNOWN_CODE ? formatted(serviceUnavailable(), error.path) : error,
          );
        },
      };
    },
  };
}
