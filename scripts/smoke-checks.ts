import { readFileSync } from 'node:fs';
import { repoPath } from '../platform/runtime/paths';

export interface SmokeResult {
  check: string;
  ok: boolean;
  detail?: string;
}

interface ManifestOperation {
  id: string;
  name: string;
  body: string;
}

interface GraphQLBody {
  data?: { searchListings?: { __typename?: string } };
  errors?: { extensions?: { code?: string } }[];
}

const SEARCH = 'SearchListings';

/** A persisted operation as clients know it: the manifest is the contract, not a hand-copied hash. */
export function persistedOperation(
  name: string,
  manifestPath = repoPath('persisted-queries', 'manifest.json'),
): ManifestOperation {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { operations: ManifestOperation[] };
  const operation = manifest.operations.find((o) => o.name === name);
  if (!operation) throw new Error(`${name} is not in the persisted query manifest`);
  return operation;
}

/**
 * What a deploy must prove before it counts: the gateway is ready, and a persisted operation (the
 * anonymous search, which crosses the gateway into listings, PostgreSQL and Redis) answers by id,
 * exactly as first-party clients call it in production.
 */
export async function runSmokeChecks(gatewayUrl: string): Promise<SmokeResult[]> {
  const base = gatewayUrl.replace(/\/$/, '');
  return [await readiness(base), await persistedSearch(base)];
}

async function readiness(base: string): Promise<SmokeResult> {
  const check = 'GET /readyz answers 200';
  try {
    const response = await fetch(`${base}/readyz`);
    return { check, ok: response.status === 200, detail: `status ${response.status}` };
  } catch (error) {
    return { check, ok: false, detail: (error as Error).message };
  }
}

async function persistedSearch(base: string): Promise<SmokeResult> {
  const check = `persisted ${SEARCH} by id answers a connection`;
  try {
    const operation = persistedOperation(SEARCH);
    let { response, body } = await post(base, operation);
    // Outside production the gateway knows only registered ids (automatic persisted queries):
    // register it the way Apollo clients do, with the body, then it answers by id.
    if (body.errors?.[0]?.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND') {
      await post(base, operation, operation.body);
      ({ response, body } = await post(base, operation));
    }
    const typename = body.data?.searchListings?.__typename;
    const ok = response.status === 200 && !body.errors && typename === 'ListingSearchConnection';
    return { check, ok, detail: ok ? undefined : `status ${response.status}: ${JSON.stringify(body).slice(0, 500)}` };
  } catch (error) {
    return { check, ok: false, detail: (error as Error).message };
  }
}

async function post(
  base: string,
  operation: ManifestOperation,
  query?: string,
): Promise<{ response: Response; body: GraphQLBody }> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollographql-client-name': 'staygraph-smoke' },
    body: JSON.stringify({
      operationName: operation.name,
      query,
      variables: { first: 1 },
      extensions: { persistedQuery: { version: 1, sha256Hash: operation.id } },
    }),
  });
  return { response, body: (await response.json()) as GraphQLBody };
}
