import type { Express } from 'express';
import type { Logger } from './logger';

/**
 * `/healthz` answers while the process runs; `/readyz` only while `checkReady` resolves (e.g. the
 * database answers), so an orchestrator stops routing to an instance that cannot serve.
 */
export function addProbeRoutes(app: Express, checkReady: () => Promise<unknown>, logger: Logger): void {
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await checkReady();
      res.json({ status: 'ready' });
    } catch (error) {
      logger.warn({ err: error }, 'readiness check failed');
      res.status(503).json({ status: 'unavailable' });
    }
  });
}
