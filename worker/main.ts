import 'reflect-metadata';
import { loadConfig } from '../subgraphs/kernel/config';
import { createLogger } from '../subgraphs/kernel/logger';
import { stopOnSignals } from '../subgraphs/kernel/shutdown';
import { SUBGRAPH_MODULES } from '../scripts/subgraphs';
import { startWorker } from './index';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger({ level: config.logLevel, name: 'worker' });
  const worker = await startWorker({ config, logger, modules: SUBGRAPH_MODULES });
  stopOnSignals(logger, worker.stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
