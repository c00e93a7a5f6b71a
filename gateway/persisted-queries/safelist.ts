import type { RequestHandler } from 'express';
import { requestIdOf } from '../../platform/runtime/http';
import type { Logger } from '../../platform/runtime/logger';
import { sendGraphQLError } from '../http/graphql-error-response';
import { operationId } from './manifest';
import type { PersistedQueryList } from './persisted-query-list';

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
 * `extensions.persistedQuery.sha256Hash`) or carries (its full text) must be in the manifest, or
 * retained and not yet retired.
 * Anything else, an attempt to register a new persisted query included, is refused before it is
 * parsed. A refused id is logged with the client that sent it: after an id is retired, this shows
 * which client versions still send it.
 */
export function safelist(operations: PersistedQueryList, logger: Logger): RequestHandler {
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'POST') return next();
    const { query, hash } = requestedDocument(req);
    const id = typeof query === 'string' ? operationId(query) : hash;
    if (typeof id === 'string' && operations.has(id)) return next();
    logger.info(
      {
        requestId: requestIdOf(req),
        // Only an id the client sent: a hash of free text could be guessed back to a secret in it.
        persistedQueryId: typeof query !== 'string' && typeof hash === 'string' ? hash.slice(0, 64) : null,
        clientName: req.header('apollographql-client-name')?.slice(0, 64) ?? null,
        clientVersion: req.header('apollographql-client-version')?.slice(0, 64) ?? null,
      },
      'operation refused: not in the persisted query list',
    );
    sendGraphQLError(req, res, 400, {
      message:
        'Only persisted operations are accepted. Add the operation to persisted-queries/ and rebuild the manifest.',
      code: 'PERSISTED_QUERY_NOT_IN_LIST',
    });
  };
}
