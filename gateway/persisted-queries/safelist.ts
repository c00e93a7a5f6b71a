import type { RequestHandler } from 'express';
import { sendGraphQLError } from '../http/graphql-error-response';
import { operationId, type PersistedOperation } from './manifest';

function requestedDocument(req: Parameters<RequestHandler>[0]): { query?: unknown; hash?: unknown } {
  const source = (req.method === 'GET' ? req.query : req.body) as { query?: unknown; extensions?: unknown } | undefined;
  let extensions = source?.extensions;
  if (typeof extensions === 'string') {
    try {
      extensions = JSON.parse(extensions);
    } catch {
      extensions = undefined;
    }
  }
  return {
    query: source?.query,
    hash: (extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)?.persistedQuery?.sha256Hash,
  };
}

/**
 * Production runs first-party operations only: the document a request names (by
 * `extensions.persistedQuery.sha256Hash`) or carries (its full text) must be in the manifest.
 * Anything else, an attempt to register a new persisted query included, is refused before it is
 * parsed.
 */
export function safelist(operations: Map<string, PersistedOperation>): RequestHandler {
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'POST') return next();
    const { query, hash } = requestedDocument(req);
    const id = typeof query === 'string' ? operationId(query) : hash;
    if (typeof id === 'string' && operations.has(id)) return next();
    sendGraphQLError(req, res, 400, {
      message:
        'Only persisted operations are accepted. Add the operation to persisted-queries/ and rebuild the manifest.',
      code: 'PERSISTED_QUERY_NOT_IN_LIST',
    });
  };
}
