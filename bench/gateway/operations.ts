import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { signRequest } from '../../platform/graphql/request-signing';
import { repoPath } from '../../platform/runtime/paths';

/** The persisted operations production serves, by name, exactly as the manifest holds them. */
export function manifestBody(name: string): string {
  const manifest = JSON.parse(readFileSync(repoPath('persisted-queries', 'manifest.json'), 'utf8')) as {
    operations: { name: string; body: string }[];
  };
  const operation = manifest.operations.find((o) => o.name === name);
  if (!operation) throw new Error(`${name}: not in persisted-queries/manifest.json`);
  return operation.body;
}

export interface BenchOperation {
  name: string;
  body: string;
  variables: Record<string, unknown>;
  /** Whether anonymous viewers send it too (a search) or only signed-in ones. */
  anonymous: boolean;
}

export const BENCH_OPERATIONS: BenchOperation[] = [
  { name: 'SearchListings', body: manifestBody('SearchListings'), variables: { first: 20 }, anonymous: true },
  { name: 'MyBookings', body: manifestBody('MyBookings'), variables: { first: 20 }, anonymous: false },
  { name: 'Me', body: manifestBody('Me'), variables: {}, anonymous: false },
];

/** One GraphQL POST, signed as the gateway signs when `signingSecret` is given; throws unless it answered data without errors. */
export async function graphql(
  url: string,
  body: string,
  variables: Record<string, unknown>,
  token?: string,
  signingSecret?: string,
): Promise<Record<string, unknown>> {
  const payload = JSON.stringify({ query: body, variables });
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  if (signingSecret) {
    // A subgraph gives a request without an id a new one, which the signature would not cover.
    headers['x-request-id'] = randomUUID();
    const request = { method: 'POST', path: new URL(url).pathname, body: payload, headers };
    Object.assign(headers, signRequest(signingSecret, request, new Date()));
  }
  const response = await fetch(url, { method: 'POST', headers, body: payload });
  const result = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  if (!response.ok || result.errors || !result.data)
    throw new Error(`${url}: HTTP ${response.status} ${JSON.stringify(result.errors ?? result)}`);
  return result.data;
}
