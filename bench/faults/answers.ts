import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { apolloDocumentText } from '../../test/support/graphql-client';

/** What one request got back: its data, or what went wrong, reduced to something countable. */
export interface Answer<TData> {
  data?: TData | null;
  /** The first error's `extensions.code` (`NO_CODE` when it has none), when the answer carries errors. */
  errorCode?: string;
  /** The request got no JSON answer at all (connection refused or reset, a proxy's HTML page…). */
  broken?: string;
}

/** Answers that break "every request is answered with its data or a typed error". */
export const UNTYPED = ['INTERNAL_SERVER_ERROR', 'NO_CODE', 'NO_DATA', 'NON_JSON', 'NETWORK_ERROR'];

/** Counts outcomes per operation: `counts[operation][outcome]`. */
export class Tally {
  readonly counts = new Map<string, Map<string, number>>();

  add(operation: string, outcome: string): void {
    const forOperation = this.counts.get(operation) ?? new Map<string, number>();
    forOperation.set(outcome, (forOperation.get(outcome) ?? 0) + 1);
    this.counts.set(operation, forOperation);
  }

  total(predicate: (outcome: string) => boolean = () => true): number {
    let sum = 0;
    for (const outcomes of this.counts.values()) for (const [outcome, n] of outcomes) if (predicate(outcome)) sum += n;
    return sum;
  }
}

/**
 * Sends a persisted operation as Apollo Client does (a production gateway runs nothing else) and
 * never throws: a request that gets no JSON answer comes back as `broken`.
 */
export async function send<TData, TVariables>(
  url: string,
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  token?: string,
): Promise<Answer<TData>> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: apolloDocumentText(document), variables }),
      signal: AbortSignal.timeout(60_000),
    });
  } catch (error) {
    return { broken: errorName(error), errorCode: 'NETWORK_ERROR' };
  }
  const text = await response.text().catch(() => '');
  let body: { data?: TData | null; errors?: { extensions?: { code?: unknown } }[] };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    return { broken: `NON_JSON (HTTP ${response.status})`, errorCode: 'NON_JSON' };
  }
  const first = body.errors?.[0];
  if (!first) return { data: body.data };
  const code = first.extensions?.code;
  return { data: body.data, errorCode: typeof code === 'string' ? code : 'NO_CODE' };
}

function errorName(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/** The outcome to count: the error code, else the result union member's code or type name. */
export function outcomeOf(answer: Answer<unknown>, result: { __typename?: string } | null | undefined): string {
  if (answer.errorCode) return answer.errorCode;
  if (result && 'code' in result && typeof result.code === 'string') return result.code;
  return result?.__typename ?? 'NO_DATA';
}
