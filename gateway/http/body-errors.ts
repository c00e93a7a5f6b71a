import type { ErrorRequestHandler } from 'express';
import { sendGraphQLError } from './graphql-error-response';

/**
 * Body-parser failures answered the GraphQL way (JSON with a code) instead of Express's HTML page:
 * 413 for a body over the limit, 400 for one that is not JSON.
 */
export const bodyErrors: ErrorRequestHandler = (error: { type?: string; status?: number }, req, res, next) => {
  if (error.type === 'entity.too.large') {
    sendGraphQLError(req, res, 413, { message: 'The request body is too large.', code: 'PAYLOAD_TOO_LARGE' });
  } else if (error.type === 'entity.parse.failed') {
    sendGraphQLError(req, res, 400, { message: 'The request body is not valid JSON.', code: 'BAD_REQUEST' });
  } else {
    next(error);
  }
};
