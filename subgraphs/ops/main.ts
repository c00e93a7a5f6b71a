import 'reflect-metadata';
import { loadConfig } from '../kernel/config';
import { createLogger } from '../kernel/logger';
import { stopOnSignals } from '../kernel/shutdown';
import { startOps } from './index';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger({ level: config.logLevel, name: 'ops' });
  const running = await startOps({ config, logger });
  stopOnSignals(logger, running.stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
