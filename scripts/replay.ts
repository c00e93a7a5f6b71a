import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { ConfigError, loadConfig } from '../platform/runtime/config';
import { createLogger } from '../platform/runtime/logger';
import { createMailer } from '../platform/runtime/mail/mailer';
import { systemClock } from '../platform/runtime/clock';
import { replayProjections } from '../worker/replay';
import { mailerOptions } from '../worker/mailer-options';
import { SUBGRAPH_MODULES } from '../subgraphs';
import { safeMessage } from '../platform/runtime/error-serializer';
import { asSubgraph } from '../platform/database/subgraph-database';

/** `npm run events:replay -- <subgraph>`: rebuilds that subgraph's projections from the event log. */
async function main(): Promise<void> {
  const name = process.argv[2];
  const module = SUBGRAPH_MODULES.find((m) => m.name === name);
  if (!module) throw new Error(`Usage: npm run events:replay -- <${SUBGRAPH_MODULES.map((m) => m.name).join('|')}>`);
  const config = loadConfig();
  if (!config.databaseUrl) throw new ConfigError(['DATABASE_URL: required to replay events']);
  const logger = createLogger({ level: 'info', name: 'replay' });
  // As the subgraph's own role when DATABASE_URL_<NAME> is set, like the worker that runs its handlers.
  const orm = await MikroORM.init(module.ormConfig(asSubgraph(config, module.name)));
  const mailer = createMailer(mailerOptions(config), logger);
  try {
    const { events } = await replayProjections(module, orm, { mailer, logger, clock: systemClock, config, attempt: 1 });
    console.log(`${name}: replayed ${events} events into its projections`);
  } finally {
    mailer.close();
    await orm.close(true);
  }
}

main().catch((error: unknown) => {
  console.error(safeMessage(error));
  process.exit(1);
});
