import { GraphQLError } from 'graphql';

/** Nothing was changed (a read, or a write that never reached its service): the same request may be sent again. */
export const UNAVAILABLE_CODE = 'SUBGRAPH_UNAVAILABLE';

/** A write was sent but its answer never came: it may or may not have been applied. */
export const OUTCOME_UNKNOWN_CODE = 'OUTCOME_UNKNOWN';

export function serviceUnavailable(): GraphQLError {
  return new GraphQLError('A service is unavailable; try again shortly.', {
    extensions: { code: UNAVAILABLE_CODE },
  });
}

/** Expensive work (password hashing) is queued past capacity: nothing was done, retry in a moment. */
export function serviceBusy(retryAfterSeconds = 2): GraphQLError {
  return new GraphQLError(`The service is busy; try again in ${retryAfterSeconds} s.`, {
    extensions: { code: UNAVAILABLE_CODE, retryAfterSeconds },
  });
}

export function outcomeUnknown(): GraphQLError {
  return new GraphQLError(
    'The change may or may not have been made; retry with the same idempotency key, or check before trying again.',
    { extensions: { code: OUTCOME_UNKNOWN_CODE } },
  );
}
