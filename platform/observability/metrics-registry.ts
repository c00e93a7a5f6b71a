import { collectDefaultMetrics, Gauge, Registry } from 'prom-client';
import type { Config } from '../runtime/config';

/**
 * One registry per service, never prom-client's global one: when `npm start` runs every service in
 * one process, each still serves only its own series (labelled with its `service`).
 */
export function createMetricsRegistry(service: string, config: Pick<Config, 'metrics'>): Registry {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  // Node's process metrics start timers and observers: only for a registry someone can scrape.
  if (config.metrics.enabled) collectDefaultMetrics({ register: registry });
  const buildInfo = new Gauge({
    name: 'staygraph_build_info',
    help: 'Always 1; its labels say which version and commit this service runs.',
    labelNames: ['version', 'commit'],
    registers: [registry],
  });
  buildInfo.set({ version: config.metrics.version, commit: config.metrics.commit }, 1);
  return registry;
}
