import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import { signRequest } from '../../platform/graphql/request-signing';
import type { BenchOperation } from './operations';

export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Answers other than 2xx, plus connection errors and timeouts: a run with any is not comparable. */
  failures: number;
}

export interface LoadOptions {
  url: string;
  operation: BenchOperation;
  /** Signed-in viewers' access tokens; each request takes one at random. */
  tokens: string[];
  /** Share of anonymous requests, for operations anonymous viewers send. */
  anonymousShare: number;
  connections: number;
  seconds: number;
  /** Signs each request as the gateway would, to measure a subgraph alone. */
  signingSecret?: string;
}

/** Keep-alive load from `connections` clients for `seconds`, with a mix of viewers. */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const { operation, tokens } = options;
  const body = JSON.stringify({ query: operation.body, variables: operation.variables });
  const path = new URL(options.url).pathname;
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.seconds,
    requests: [
      {
        method: 'POST',
        setupRequest: (request) => {
          const anonymous = operation.anonymous && Math.random() < options.anonymousShare;
          const token = anonymous ? undefined : tokens[Math.floor(Math.random() * tokens.length)];
          const headers: Record<string, string> = { 'content-type': 'application/json' };
          if (token) headers.authorization = `Bearer ${token}`;
          if (options.signingSecret) {
            // A subgraph gives a request without an id a new one, which the signature would not cover.
            headers['x-request-id'] = randomUUID();
            const signed = { method: 'POST', path, body, headers };
            Object.assign(headers, signRequest(options.signingSecret, signed, new Date()));
          }
          return { ...request, headers, body };
        },
      },
    ],
  });
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    failures: result.non2xx + result.errors + result.timeouts,
  };
}
