import type { RequestHandler } from 'express';
import { sendGraphQLError } from '../http/graphql-error-response';

/** Refuses a document longer than `maxCharacters` before anything parses it. */
export function queryLength(maxCharacters: number): RequestHandler {
  return (req, res, next) => {
    const query: unknown = (req.body as { query?: unknown } | undefined)?.query;
    if (typeof query === 'string' && query.length > maxCharacters) {
      sendGraphQLError(req, res, 400, {
        message: `The document is longer than ${maxCharacters} characters.`,
        code: 'QUERY_TOO_LARGE',
      });
      return;
    }
    next();
  };
}
