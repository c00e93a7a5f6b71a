import type { RemoteGraphQLDataSource } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import { outcomeUnknown, serviceUnavailable, UNAVAILABLE_CODE } from '../platform/graphql/unavailable-errors';

/** Errors of the connect phase: the request never left, so even a write can be sent again. */
const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

/** A subgraph call that got no usable answer, as the client will see it. */
export class SubgraphFailure extends GraphQLError {
  constructor(
    error: GraphQLError,
    /** A read whose connection failed (not timed out): one more attempt is cheap and likely to work. */
    readonly retryable: boolean,
  ) {
    super(error.message, { extensions: error.extensions });
  }
}

/** The gateway prints each subgraph fetch with its operation keyword first. */
export function isMutation(query: string | undefined): boolean {
  return /^\s*mutation\b/.test(query ?? '');
}

/**
 * What a failed call means for its caller. A read can always be repeated: unavailable. A write that
 * timed out or lost its connection after being sent may have been applied: outcome unknown, so a
 * client does not blindly retry it (or retries with its idempotency key).
 */
export function subgraphFailure(error: Error, mutation: boolean): SubgraphFailure {
  const timedOut = error.name === 'TimeoutError' || error.name === 'AbortError';
  const code = connectionCode(error);
  if (!mutation) return new SubgraphFailure(serviceUnavailable(), !timedOut);
  const sent = timedOut || !code || !NOT_SENT.has(code);
  return new SubgraphFailure(sent ? outcomeUnknown() : serviceUnavailable(), false);
}

type SubgraphResponse = Awaited<ReturnType<RemoteGraphQLDataSource['process']>>;

/** A subgraph answered, but its database connection failed (see the subgraph's error formatter). */
export function answeredUnavailable(response: SubgraphResponse): boolean {
  return response.errors?.some((error) => error.extensions?.code === UNAVAILABLE_CODE) ?? false;
}

/** Node's fetch reports a network failure as `TypeError: fetch failed` with the socket error as its cause. */
function connectionCode(error: Error): string | undefined {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    const code = (e as Error & { code?: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return undefined;
}
