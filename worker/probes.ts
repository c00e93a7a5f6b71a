import express from 'express';
import type { Pool } from 'pg';
import type { Config } from '../platform/runtime/config';
import { createHttpServer, listen } from '../platform/runtime/http';
import type { Logger } from '../platform/runtime/logger';
import { addProbeRoutes } from '../platform/runtime/probes';

/** The worker's probes: ready while its runner runs and the job queue's database answers. */
export async function serveProbes(config: Config, port: number, pgPool: Pool, running: Promise<void>, logger: Logger) {
  let stopped = false;
  const markStopped = () => (stopped = true);
  running.then(markStopped, markStopped);
  const app = express();
  app.disable('x-powered-by');
  addProbeRoutes(
    app,
    async () => {
      if (stopped) throw new Error('runner stopped');
      await pgPool.query('select 1');
    },
    logger,
  );
  const server = createHttpServer(app, config.http.requestTimeoutMs);
  const boundPort = await listen(server, config.http.host, port);
  return {
    port: boundPort,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
