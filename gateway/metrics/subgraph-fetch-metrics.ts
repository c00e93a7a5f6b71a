import { Counter, Histogram, type Registry } from 'prom-client';
import { LATENCY_BUCKETS } from '../../platform/observability/latency-buckets';

/** Wraps one subgraph fetch: times it and counts it as failed when it throws or answers 5xx. */
export type FetchObserver = <T extends { status: number }>(subgraph: string, fetching: Promise<T>) => Promise<T>;

export function subgraphFetchMetrics(registry: Registry): FetchObserver {
  const duration = new Histogram({
    name: 'staygraph_gateway_subgraph_fetch_duration_seconds',
    help: 'How long a subgraph took to answer the gateway, by subgraph.',
    labelNames: ['subgraph'],
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  const failures = new Counter({
    name: 'staygraph_gateway_subgraph_fetch_errors_total',
    help: 'Subgraph fetches that failed: timeout, network (refused, reset) or http_5xx.',
    labelNames: ['subgraph', 'reason'],
    registers: [registry],
  });
  return async (subgraph, fetching) => {
    const stopTimer = duration.startTimer({ subgraph });
    try {
      const response = await fetching;
      if (response.status >= 500) failures.inc({ subgraph, reason: 'http_5xx' });
      return response;
    } catch (error) {
      failures.inc({
        subgraph,
        reason: error instanceof Error && error.name === 'TimeoutError' ? 'timeout' : 'network',
      });
      throw error;
    } finally {
      stopTimer();
    }
  };
}

/** `fetcher` with each call observed as a fetch of `subgraph`. */
export function observedFetcher<A extends unknown[], R extends { status: number }>(
  subgraph: string,
  observe: FetchObserver,
  fetcher: (...args: A) => Promise<R>,
): (...args: A) => Promise<R> {
  return (...args) => observe(subgraph, fetcher(...args));
}
