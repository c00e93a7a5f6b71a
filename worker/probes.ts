import express from 'express';
import { Client } from 'pg';
import type { Config } from '../subgraphs/kernel/config';
import { createHttpServer, listen } from '../subgraphs/kernel/http';

/** `/healthz` (alive) and `/readyz` (database reachable and the runner not stopped) for orchestrators. */
export async function serveProbes(config: Config, port: number, running: () => Promise<void>) {
  let stopped = false;
  running().then(
    () => (stopped = true),
    () => (stopped = true),
  );
  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const client = new Client({ connectionString: config.databaseUrl, connectionTimeoutMillis: 2000 });
    try {
      if (stopped) throw new Error('runner stopped');
      await client.connect();
      await client.query('select 1');
      res.json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'unavailable' });
    } finally {
      await client.end().catch(() => undefined);
    }
  });
  const server = createHttpServer(app, config.http.requestTimeoutMs);
  const boundPort = await listen(server, config.http.host, port);
  return {
    port: boundPort,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
