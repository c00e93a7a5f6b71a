import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Mode } from '../runtime/config';

export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  INTERNAL: 'INTERNAL_SERVER_ERROR',
} as const;

/** `httpStatus` is for errors raised before execution (context building), where Apollo would otherwise answer 500. */
export function unauthenticated(message = 'You must be signed in.', httpStatus?: number): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.UNAUTHENTICATED, ...(httpStatus ? { http: { status: httpStatus } } : {}) },
  });
}

export function forbidden(message = 'You are not allowed to do this.'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.FORBIDDEN } });
}

/** Codes whose messages are written for clients; anything else is an internal failure. */
const PUBLIC_CODES = new Set<unknown>([
  ErrorCode.UNAUTHENTICATED,
  ErrorCode.FORBIDDEN,
  ErrorCode.NOT_FOUND,
  'BAD_USER_INPUT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
  'RATE_LIMITED',
  'COST_LIMIT_EXCEEDED',
  'PERSISTED_QUERY_NOT_IN_LIST',
  'PAYLOAD_TOO_LARGE',
  'QUERY_TOO_LARGE',
  'SUBGRAPH_UNAVAILABLE',
]);

/** Apollo `formatError`: in production an unexpected error keeps its code but loses its message and details. */
export function createErrorFormatter(mode: Mode) {
  return (formatted: GraphQLFormattedError): GraphQLFormattedError => {
    const code = formatted.extensions?.code ?? ErrorCode.INTERNAL;
    if (mode !== 'production' || PUBLIC_CODES.has(code)) return formatted;
    return { message: 'Internal server error', path: formatted.path, extensions: { code } };
  };
}
