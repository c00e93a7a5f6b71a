import { SUBGRAPHS } from '../runtime/config-env';
import type { Config } from '../runtime/config';

const GATEWAY_METRICS_PORT = 9400;
const WORKER_METRICS_PORT = 9410;

/** 9400 for the gateway, 9401… for the subgraphs (their HTTP port's last digits), 9410 for the worker. */
export function defaultMetricsPort(service: string): number {
  if (service === 'gateway') return GATEWAY_METRICS_PORT;
  if (service === 'worker') return WORKER_METRICS_PORT;
  const subgraph = SUBGRAPHS.find((s) => s.name === service);
  if (!subgraph) throw new Error(`No default metrics port for "${service}"`);
  return GATEWAY_METRICS_PORT + (subgraph.port - 4000);
}

/**
 * `config` for one of several services sharing a process (`npm start`, tests): METRICS_PORT names one
 * port, so each takes its own default instead, or a free one (`freePorts`).
 */
export function withOwnMetricsPort<C extends Pick<Config, 'metrics'>>(
  config: C,
  service: string,
  freePorts: boolean,
): C {
  return { ...config, metrics: { ...config.metrics, port: freePorts ? 0 : defaultMetricsPort(service) } };
}
