import type { Express } from 'express';
import type { Drain } from './drain';
import type { Logger } from './logger';

export interface ProbeOptions {
  /** While it drains (SIGTERM), `/readyz` answers 503 though the process still serves. */
  drain?: Drain;
  /** Throws when the process can no longer do its work (e.g. the worker's runner stopped): `/healthz` fails. */
  checkAlive?: () => void;
}

/**
 * `/healthz` answers while the process can work; `/readyz` only while `checkReady` resolves (e.g. the
 * database answers) and it is not draining, so an orchestrator stops routing to an instance that cannot
 * serve or is about to stop.
 */
export function addProbeRoutes(
  app: Express,
  checkReady: () => Promise<unknown>,
  logger: Logger,
  options: ProbeOptions = {},
): void {
  app.get('/healthz', (_req, res) => {
    try {
      options.checkAlive?.();
      res.json({ status: 'ok' });
    } catch (error) {
      logger.warn({ err: error }, 'health check failed');
      res.status(503).json({ status: 'unavailable' });
    }
  });
  app.get('/readyz', async (_req, res) => {
    if (options.drain?.draining) {
      res.status(503).json({ status: 'draining' });
      return;
    }
    try {
      await checkReady();
      res.json({ status: 'ready' });
    } catch (error) {
      logger.warn({ err: error }, 'readiness check failed');
      res.status(503).json({ status: 'unavailable' });
    }
  });
}
