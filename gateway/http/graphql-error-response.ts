import type { Request, Response } from 'express';

/** The media types Apollo Server 5 chooses between for a single result (its `MEDIA_TYPES`). */
const APPLICATION_JSON = 'application/json; charset=utf-8';
const GRAPHQL_RESPONSE_JSON = 'application/graphql-response+json; charset=utf-8';
const JSON_GRAPHQL_CALLBACK = 'application/json; callbackSpec=1.0; charset=utf-8';

/**
 * The content type Apollo Server would answer this request with: its
 * `chooseContentTypeForSingleResultResponse` (Negotiator over the same list, in the same order;
 * Express's `req.accepts` is that same Negotiator), and `application/json` when nothing is
 * acceptable, as its own error responses do. So a refusal made before Apollo runs reaches Apollo
 * Client as the same kind of error as one Apollo makes.
 */
export function graphqlResponseType(req: Request): string {
  if (!req.headers.accept) return APPLICATION_JSON;
  return req.accepts([APPLICATION_JSON, GRAPHQL_RESPONSE_JSON, JSON_GRAPHQL_CALLBACK]) || APPLICATION_JSON;
}

/**
 * Answers a request the gateway refuses outside Apollo (Express middleware) as Apollo would: one
 * GraphQL error with a public `extensions.code`, the GraphQL-over-HTTP status (4xx: the request
 * was not executed) and the negotiated content type.
 */
export function sendGraphQLError(
  req: Request,
  res: Response,
  status: number,
  error: { message: string; code: string; extensions?: Record<string, unknown> },
): void {
  const { message, code, extensions } = error;
  res
    .status(status)
    .set('content-type', graphqlResponseType(req))
    .send(JSON.stringify({ errors: [{ message, extensions: { code, ...extensions } }] }));
}
