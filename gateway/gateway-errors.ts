import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';

/** HTTP 429 with `Retry-After`, for a client over one of its limits. */
export function rateLimited(retryAfterSeconds: number, what: string): GraphQLError {
  const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
  return new GraphQLError(`Too many ${what}; retry in ${seconds} s.`, {
    extensions: {
      code: 'RATE_LIMITED',
      retryAfterSeconds: seconds,
      http: { status: 429, headers: new HeaderMap([['retry-after', String(seconds)]]) },
    },
  });
}

export function costLimitExceeded(cost: number, limit: number): GraphQLError {
  return new GraphQLError(
    `This operation's estimated cost ${cost} is over the limit of ${limit}; ask for fewer items or fields.`,
    {
      extensions: { code: 'COST_LIMIT_EXCEEDED', cost, limit, http: { status: 400 } },
    },
  );
}
