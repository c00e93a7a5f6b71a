import type { RemoteGraphQLDataSource } from '@apollo/gateway';

/** The part of a fetch answer RemoteGraphQLDataSource reads; each waiter gets its own copy. */
interface SharedAnswer {
  status: number;
  statusText: string;
  headers: [string, string][];
  body: string;
}

type Fetch = NonNullable<NonNullable<ConstructorParameters<typeof RemoteGraphQLDataSource>[0]>['fetcher']>;
type FetchAnswer = Awaited<ReturnType<Fetch>>;

/** Statuses whose answer must have no body (the Response constructor refuses one). */
const NO_BODY = new Set([204, 205, 304]);

/**
 * Merges identical subgraph reads while one is in flight: callers asking the same subgraph the same
 * query with the same variables under the same Authorization share one call and each get a fresh
 * copy of its answer. Nothing is kept after the answer arrives (no caching). The key holds the
 * viewer's token, so two viewers are never merged and anonymous requests merge only with anonymous
 * ones; the request id, client address, user agent and signature are left out, so the subgraph
 * sees the first caller's. Mutations always go through on their own.
 */
export function inFlightDedup(fetcher: Fetch): Fetch {
  const inFlight = new Map<string, Promise<SharedAnswer>>();
  return async (url, init) => {
    const body = typeof init?.body === 'string' ? init.body : null;
    if (body === null || (init?.method ?? 'GET') !== 'POST' || !isQuery(body)) return fetcher(url, init);
    const authorization = init?.headers?.authorization ?? '';
    const key = `${url}\n${authorization}\n${body}`;
    let shared = inFlight.get(key);
    if (!shared) {
      shared = fetcher(url, init)
        .then(readAnswer)
        .finally(() => inFlight.delete(key));
      inFlight.set(key, shared);
    }
    const answer = await shared;
    const copy = NO_BODY.has(answer.status) ? null : answer.body;
    return new Response(copy, { status: answer.status, statusText: answer.statusText, headers: answer.headers });
  };
}

/** Only what is surely a read merges: anything else (a mutation, a body of another shape) goes alone. */
function isQuery(body: string): boolean {
  try {
    const { query } = JSON.parse(body) as { query?: unknown };
    return typeof query === 'string' && /^\s*(query\b|\{)/.test(query);
  } catch {
    return false;
  }
}

async function readAnswer(response: FetchAnswer): Promise<SharedAnswer> {
  return {
    status: response.status,
    statusText: response.statusText,
    headers: [...response.headers],
    body: await response.text(),
  };
}
