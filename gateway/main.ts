import { loadConfig } from '../subgraphs/kernel/config';
import { createLogger } from '../subgraphs/kernel/logger';
import { stopOnSignals } from '../subgraphs/kernel/shutdown';
import { startGateway } from './index';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger({ level: config.logLevel, name: 'gateway' });
  const running = await startGateway({ config, logger });
  stopOnSignals(logger, running.stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
