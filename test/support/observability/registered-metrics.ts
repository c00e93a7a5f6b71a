import { EventEmitter } from 'node:events';
import { Pool } from 'pg';
import type { WorkerEvents } from 'graphile-worker';
import type { Registry } from 'prom-client';
import { operationMetricsPlugin } from '../../../gateway/metrics/operation-metrics-plugin';
import { OperationLabeler } from '../../../gateway/metrics/operation-labels';
import { subgraphFetchMetrics } from '../../../gateway/metrics/subgraph-fetch-metrics';
import { createMetricsRegistry } from '../../../platform/observability/metrics-registry';
import { registerPoolMetrics } from '../../../platform/observability/pool-metrics';
import { subgraphMetricsPlugin } from '../../../platform/observability/subgraph-metrics-plugin';
import { loadConfig } from '../../../platform/runtime/config';
import { registerWorkerMetrics } from '../../../worker/worker-metrics';

/**
 * Every metric name StayGraph's services register (gateway, subgraph, worker; Node's process metrics
 * included), with the series names Prometheus derives from histograms. Nothing connects or serves.
 */
export function registeredMetricNames(): Set<string> {
  const config = loadConfig({ ...process.env, METRICS_ENABLED: 'true' });
  const gateway = createMetricsRegistry('gateway', config);
  operationMetricsPlugin(gateway, new OperationLabeler(() => [], []));
  subgraphFetchMetrics(gateway);
  const subgraph = createMetricsRegistry('accounts', config);
  subgraphMetricsPlugin(subgraph);
  registerPoolMetrics(subgraph, () => undefined, 1);
  const worker = createMetricsRegistry('worker', config);
  const events: WorkerEvents = new EventEmitter();
  registerWorkerMetrics(worker, new Pool(), events, []);
  return new Set([gateway, subgraph, worker].flatMap(seriesNames));
}

function seriesNames(registry: Registry): string[] {
  return registry
    .getMetricsAsArray()
    .flatMap(({ name, type }) =>
      String(type) === 'histogram' ? [`${name}_bucket`, `${name}_count`, `${name}_sum`] : [name],
    );
}
