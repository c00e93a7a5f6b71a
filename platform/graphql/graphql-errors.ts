import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Logger } from '../runtime/logger';

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
  'OUTCOME_UNKNOWN',
  'MAX_DEPTH_EXCEEDED',
  'MAX_ALIASES_EXCEEDED',
  'MAX_DIRECTIVES_EXCEEDED',
  'MAX_TOKENS_EXCEEDED',
]);

export const INTERNAL_MESSAGE = 'Internal server error';

/**
 * Extensions that describe the inside of the system: a stack, an upstream response (its URL and
 * body), the subgraph @apollo/gateway names on every error it passes on (the log keeps it).
 */
const INTERNAL_EXTENSIONS = new Set(['stacktrace', 'exception', 'response', 'serviceName']);

export function isPublicCode(code: unknown): boolean {
  return PUBLIC_CODES.has(code);
}

/** What a client gets for any failure it cannot act on, in every mode; the log has the rest. */
export function internalError(requestId?: string): GraphQLError {
  return new GraphQLError(INTERNAL_MESSAGE, {
    extensions: { code: ErrorCode.INTERNAL, ...(requestId ? { requestId } : {}) },
  });
}

/**
 * Apollo `formatError`, the same in every mode: a public code keeps its message (never a stack or an
 * upstream response); anything else, a subgraph's error included, becomes INTERNAL_SERVER_ERROR with
 * the request id only (added by `errorLoggingPlugin`, which sees the request).
 */
export function createErrorFormatter() {
  return (formatted: GraphQLFormattedError): GraphQLFormattedError => {
    const extensions = formatted.extensions ?? {};
    if (isPublicCode(extensions.code)) {
      return {
        ...formatted,
        extensions: Object.fromEntries(Object.entries(extensions).filter(([key]) => !INTERNAL_EXTENSIONS.has(key))),
      };
    }
    const requestId = typeof extensions.requestId === 'string' ? extensions.requestId : undefined;
    return {
      message: INTERNAL_MESSAGE,
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: ErrorCode.INTERNAL, ...(requestId ? { requestId } : {}) },
    };
  };
}

/** Building the request context runs before any plugin: an unexpected failure there is logged and answered here. */
export async function guardContext<T>(requestId: string, logger: Logger, build: () => Promise<T>): Promise<T> {
  try {
    return await build();
  } catch (error) {
    if (error instanceof GraphQLError && isPublicCode(error.extensions.code)) throw error;
    logger.error({ err: error, requestId }, 'request context failed');
    throw internalError(requestId);
  }
}
