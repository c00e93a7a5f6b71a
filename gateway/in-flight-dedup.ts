import type { FetcherRequestInit, FetcherResponse } from '@apollo/utils.fetcher';
import { SubgraphAnswer } from './subgraph-answer';

type Fetch = (url: string, init?: FetcherRequestInit) => Promise<FetcherResponse>;

/**
 * Merges identical subgraph reads while one is in flight: callers asking the same subgraph the same
 * query with the same variables under the same Authorization share one call and its answer, read
 * once (each parses its own copy). Nothing is kept after the answer arrives (no caching). The key
 * holds the viewer's token, so two viewers are never merged and anonymous requests merge only with
 * anonymous ones; the request id, client address, user agent and signature are left out, so the
 * subgraph sees the first caller's. Mutations always go through on their own.
 */
export function inFlightDedup(fetcher: Fetch): (url: string, init?: FetcherRequestInit) => Promise<SubgraphAnswer> {
  const inFlight = new Map<string, Promise<SubgraphAnswer>>();
  return (url, init) => {
    const body = typeof init?.body === 'string' ? init.body : null;
    if (body === null || (init?.method ?? 'GET') !== 'POST' || !isQuery(body))
      return fetcher(url, init).then(SubgraphAnswer.of);
    const authorization = init?.headers?.authorization ?? '';
    const key = `${url}\n${authorization}\n${body}`;
    let shared = inFlight.get(key);
    if (!shared) {
      shared = fetcher(url, init)
        .then(SubgraphAnswer.of)
        .finally(() => inFlight.delete(key));
      inFlight.set(key, shared);
    }
    return shared;
  };
}

/**
 * Only what is surely a read merges: anything else (a mutation, a body of another shape) goes alone.
 * RemoteGraphQLDataSource writes `{"query":"…"` first; the document's own first word decides.
 */
function isQuery(body: string): boolean {
  const prefix = '{"query":"';
  if (!body.startsWith(prefix)) return false;
  return /^\s*(query\b|\{)/.test(body.slice(prefix.length, prefix.length + 64).replace(/\\[nrt]/g, ' '));
}
