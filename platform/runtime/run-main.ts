import { loadConfig, type Config } from './config';
import { createLogger, type Logger } from './logger';
import { stopOnSignals } from './shutdown';
import { safeMessage } from './error-serializer';
import { stopTracing } from '../observability/tracing';

/**
 * The body of every process entry point: validated configuration, a logger named after the
 * process, a clean stop on SIGTERM/SIGINT (buffered spans sent last, see observability/instrument),
 * and exit code 1 with the reason when start-up fails.
 */
export function runMain(
  name: string,
  start: (config: Config, logger: Logger) => Promise<{ stop: () => Promise<void> }>,
): void {
  const run = async () => {
    const config = loadConfig();
    const logger = createLogger({ level: config.logLevel, name });
    const running = await start(config, logger);
    stopOnSignals(
      logger,
      async () => {
        await running.stop();
        await stopTracing();
      },
      config.shutdown.drainSeconds,
    );
  };
  run().catch((error: unknown) => {
    console.error(safeMessage(error));
    process.exit(1);
  });
}
