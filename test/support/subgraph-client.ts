import { loadConfig } from '../../platform/runtime/config';
import { signRequest } from '../../platform/graphql/request-signing';

/**
 * Calls a subgraph directly, signed like the gateway signs (or not, with `sign: false`), for tests
 * of what only a subgraph answers (`_entities`) and of the signature check itself.
 */
export async function callSubgraph(
  url: string,
  payload: { query: string; variables?: Record<string, unknown> },
  options: { headers?: Record<string, string>; sign?: boolean; at?: Date } = {},
): Promise<Response> {
  const body = JSON.stringify(payload);
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'x-request-id': 'test-direct-call',
    ...options.headers,
  };
  const secret = loadConfig().signing.secret as string;
  const signature =
    options.sign === false
      ? {}
      : signRequest(secret, { method: 'POST', path: new URL(url).pathname, body, headers }, options.at ?? new Date());
  return fetch(url, { method: 'POST', headers: { ...headers, ...signature }, body });
}
