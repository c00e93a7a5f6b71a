import type { Logger } from './logger';

const FORCE_EXIT_AFTER_MS = 15_000;
/** Ctrl-C reaches both `node --watch` and its child, which then sees one keypress twice. */
const DUPLICATE_SIGNAL_WINDOW_MS = 500;

/**
 * On SIGTERM/SIGINT: stop accepting, let in-flight work drain, close pools, then exit.
 * A second signal, or a drain that hangs, exits at once; `drainSeconds` (readiness off, still
 * serving) comes on top of the time a drain may take.
 */
export function stopOnSignals(logger: Logger, stop: () => Promise<void>, drainSeconds = 0): void {
  let stoppingSince: number | undefined;
  const handle = (signal: NodeJS.Signals) => {
    if (stoppingSince !== undefined) {
      if (Date.now() - stoppingSince < DUPLICATE_SIGNAL_WINDOW_MS) return;
      logger.warn({ signal }, 'second signal, exiting now');
      process.exit(1);
    }
    stoppingSince = Date.now();
    logger.info({ signal }, 'shutting down');
    const timer = setTimeout(
      () => {
        logger.error('shutdown timed out, exiting');
        process.exit(1);
      },
      FORCE_EXIT_AFTER_MS + drainSeconds * 1000,
    );
    timer.unref();
    stop().then(
      () => {
        logger.info('stopped');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', handle);
  process.on('SIGINT', handle);
}
