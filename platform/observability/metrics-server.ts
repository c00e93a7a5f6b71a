import { createServer } from 'node:http';
import type { Registry } from 'prom-client';
import type { Config } from '../runtime/config';
import { listen } from '../runtime/http';
import type { Logger } from '../runtime/logger';
import { defaultMetricsPort } from './metrics-ports';

export interface MetricsEndpoint {
  /** The bound port; null when metrics are off (METRICS_ENABLED=false). */
  port: number | null;
  close: () => Promise<void>;
}

/**
 * Serves `GET /metrics` on its own internal port, apart from the public one, so an ingress that
 * exposes the service never exposes its metrics.
 */
export async function serveMetrics(
  service: string,
  registry: Registry,
  config: Pick<Config, 'metrics' | 'http'>,
  logger: Logger,
): Promise<MetricsEndpoint> {
  if (!config.metrics.enabled) return { port: null, close: async () => undefined };
  const server = createServer((req, res) => {
    if (req.method !== 'GET' || req.url?.split('?')[0] !== '/metrics') {
      res.writeHead(404).end();
      return;
    }
    registry.metrics().then(
      (body) => res.writeHead(200, { 'content-type': registry.contentType }).end(body),
      (error: unknown) => {
        logger.error({ err: error }, 'metrics collection failed');
        res.writeHead(500).end();
      },
    );
  });
  const port = await listen(server, config.http.host, config.metrics.port ?? defaultMetricsPort(service));
  logger.info({ port }, 'metrics served');
  return {
    port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
