import { MikroORM } from '@mikro-orm/postgresql';
import { loadConfig, type Config } from '../../platform/runtime/config';
import type { JobDefinition } from '../../platform/events/event-handler';
import { createLogger, type Logger } from '../../platform/runtime/logger';
import { SUBGRAPH_MODULES } from '../../subgraphs';
import { startWorker, type RunningWorker } from '../../worker';
import { ensureFixtureSchema, fixtureModule } from './fixture-module';

export interface TestWorker extends RunningWorker {
  config: Config;
  /** An ORM on the fixture schema, for arranging and asserting. */
  fixture: MikroORM;
}

/**
 * A worker for this test file. Every test worker knows every handler (the real subgraphs' and the
 * fixture's), because any of them may pick up any event's dispatch.
 */
export async function startTestWorker(
  options: { extraJobs?: JobDefinition[]; shutdownTimeoutMs?: number; logger?: Logger; env?: NodeJS.ProcessEnv } = {},
): Promise<TestWorker> {
  const config = loadConfig({ ...process.env, ...options.env });
  const fixture = await openFixture();
  const worker = await startWorker({
    config,
    logger: options.logger ?? createLogger({ level: config.logLevel, name: 'worker' }),
    modules: [
      ...SUBGRAPH_MODULES,
      { ...fixtureModule, jobs: [...(fixtureModule.jobs ?? []), ...(options.extraJobs ?? [])] },
    ],
    pollIntervalMs: 200,
    port: 0,
    shutdownTimeoutMs: options.shutdownTimeoutMs,
  });
  return {
    ...worker,
    config,
    fixture,
    stop: async () => {
      await worker.stop();
      await fixture.close(true);
    },
  };
}

/** An ORM on the fixture schema (created if needed); close it when done. */
export async function openFixture(): Promise<MikroORM> {
  const orm = await MikroORM.init({ ...fixtureModule.ormConfig(loadConfig()), pool: { min: 0, max: 2 } });
  await ensureFixtureSchema(orm.em.fork());
  return orm;
}
