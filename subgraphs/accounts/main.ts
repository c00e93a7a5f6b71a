import 'reflect-metadata';
import { loadConfig } from '../kernel/config';
import { createLogger } from '../kernel/logger';
import { stopOnSignals } from '../kernel/shutdown';
import { startAccounts } from './index';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger({ level: config.logLevel, name: 'accounts' });
  const running = await startAccounts({ config, logger });
  stopOnSignals(logger, running.stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
