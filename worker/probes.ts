import express from 'express';
import type { Pool } from 'pg';
import type { Config } from '../platform/runtime/config';
import { createHttpServer, listen } from '../platform/runtime/http';
import type { Logger } from '../platform/runtime/logger';
import { addProbeRoutes } from '../platform/runtime/probes';

/**
 * The worker's probes: healthy while its runner runs (a runner that stopped on its own needs a
 * restart), ready while it runs and the job queue's database answers.
 */
export async function serveProbes(config: Config, port: number, pgPool: Pool, running: Promise<void>, logger: Logger) {
  let stopped = false;
  const markStopped = () => (stopped = true);
  running.then(markStopped, markStopped);
  const app = express();
  app.disable('x-powered-by');
  const checkAlive = () => {
    if (stopped) throw new Error('runner stopped');
  };
  addProbeRoutes(
    app,
    async () => {
      checkAlive();
      await pgPool.query('select 1');
    },
    logger,
    { checkAlive },
  );
  const server = createHttpServer(app, config.http.requestTimeoutMs);
  const boundPort = await listen(server, config.http.host, port);
  return {
    port: boundPort,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
