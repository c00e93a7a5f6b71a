import { MikroORM } from '@mikro-orm/postgresql';
import { EventEmitter } from 'node:events';
import { Pool } from 'pg';
import {
  parseCronItems,
  run,
  type Runner,
  type Task,
  type TaskList,
  type WorkerEvents,
  type WorkerPool,
} from 'graphile-worker';
import { systemClock, type Clock } from '../platform/runtime/clock';
import { ConfigError, type Config } from '../platform/runtime/config';
import { asSubgraph } from '../platform/database/subgraph-database';
import { DISPATCH_TASK } from '../platform/events/publish';
import { describeError } from '../platform/runtime/error-serializer';
import type { Logger } from '../platform/runtime/logger';
import { createMailer } from '../platform/runtime/mail/mailer';
import type { SubgraphModule } from '../platform/subgraph-module';
import { dispatchTask } from './dispatch.task';
import { graphileLogger } from './graphile-logger';
import { handlerTaskFor, type ContextFactory } from './handler.task';
import { mailerOptions } from './mailer-options';
import { serveProbes } from './probes';
import { registerWorkerMetrics } from './worker-metrics';
import { tracedTask } from './traced-task';
import { createMetricsRegistry } from '../platform/observability/metrics-registry';
import { serveMetrics } from '../platform/observability/metrics-server';
import { handlerTask } from './task-names';
import { WorkerLiveness } from './worker-liveness';
import { retryQueueWritesAcrossRestarts } from './queue-retries';

/** How often a worker frees the jobs of workers that died without releasing them. */
const DEAD_WORKER_SWEEP_MS = 60_000;

export interface WorkerOptions {
  config: Config;
  logger: Logger;
  modules: readonly SubgraphModule[];
  clock?: Clock;
  /** How often to look for due jobs besides LISTEN/NOTIFY (delayed and retried jobs). */
  pollIntervalMs?: number;
  /** Port of `/healthz` and `/readyz`; 0 picks a free one. */
  port?: number;
  /** How long `stop()` lets running jobs finish before releasing them for another worker. */
  shutdownTimeoutMs?: number;
}

export interface RunningWorker {
  runner: Runner;
  /** Port of the health probes. */
  port: number;
  /** Port of its Prometheus `/metrics`; null when metrics are off. */
  metricsPort: number | null;
  /** Finishes running jobs (or releases them after a timeout), then closes pools. */
  stop: () => Promise<void>;
}

/** Runs every subgraph's event handlers, jobs and schedules on graphile-worker. */
export async function startWorker(options: WorkerOptions): Promise<RunningWorker> {
  const { config, logger, modules, clock = systemClock, shutdownTimeoutMs = 10_000 } = options;
  if (!config.databaseUrl) throw new ConfigError(['DATABASE_URL: required by the worker']);
  const mailer = createMailer(mailerOptions(config), logger);
  const working = modules.filter((m) => m.handlers?.length || m.jobs?.length);
  const orms = new Map<string, MikroORM>();
  // Each subgraph's handlers and jobs run as that subgraph's database role; the queue as the worker's.
  for (const module of working)
    orms.set(module.name, await MikroORM.init(module.ormConfig(asSubgraph(config, module.name))));

  const contextFor: ContextFactory = (orm, helpers, bindings) => ({
    em: orm.em.fork(),
    mailer,
    clock,
    config,
    attempt: helpers.job.attempts,
    signal: helpers.abortSignal,
    logger: logger.child(bindings),
  });

  const taskList: TaskList = {
    [DISPATCH_TASK]: dispatchTask(
      working.flatMap((m) => m.handlers ?? []),
      config.worker.maxAttempts,
    ),
  };
  for (const module of working) {
    const orm = orms.get(module.name) as MikroORM;
    for (const handler of module.handlers ?? [])
      taskList[handlerTask(handler.name)] = handlerTaskFor(handler, orm, contextFor);
    for (const job of module.jobs ?? []) {
      const task: Task = (payload, helpers) => job.run(payload, contextFor(orm, helpers, { job: job.name }));
      taskList[job.name] = task;
    }
  }
  for (const [name, task] of Object.entries(taskList))
    if (task) taskList[name] = tracedTask(name, withSafeFailures(task));

  const events: WorkerEvents = new EventEmitter();
  const liveness = new WorkerLiveness(config.databaseUrl, logger);
  await liveness.start();
  let pool: WorkerPool | undefined;
  // A WorkerPool is thenable: the listener must not return it (a promise the emitter would drop).
  events.on('pool:create', ({ workerPool }) => {
    pool = workerPool;
    // graphile-worker locks jobs in the pool's name (`locked_by`), not its workers'; that is the id to claim.
    void liveness.claim(workerPool.id).catch((error: unknown) => logger.warn({ err: error }, 'worker not claimed'));
  });
  // Owned here rather than by graphile-worker, which leaves its pool open after a forced shutdown.
  const pgPool = new Pool({ connectionString: config.databaseUrl, max: config.worker.concurrency + 2 });
  const onConnectionError = (error: Error) => logger.warn({ err: error }, 'worker database connection failed');
  pgPool.on('error', onConnectionError);
  pgPool.on('connect', (client) => client.on('error', onConnectionError));
  retryQueueWritesAcrossRestarts(pgPool);
  const registry = createMetricsRegistry('worker', config);
  registerWorkerMetrics(registry, pgPool, events, Object.keys(taskList));
  const runner = await run({
    events,
    pgPool,
    concurrency: config.worker.concurrency,
    taskList,
    parsedCronItems: parseCronItems(
      working
        .flatMap((m) => m.schedules ?? [])
        .map((s) => ({
          task: s.job,
          match: s.cron,
          identifier: s.job,
          options: { backfillPeriod: s.backfillMs ?? 0 },
        })),
    ),
    pollInterval: options.pollIntervalMs ?? 2000,
    preset: {
      worker: {
        // A booking fans out to about eight short jobs. Fetching the due jobs a few at a time
        // (graphile-worker's local queue) spares PostgreSQL a locking query per job; a killed
        // worker's fetched jobs are freed by worker-liveness as its running ones are. Outcomes are
        // still recorded one by one: graphile-worker 0.17's batched recording gives up on a
        // PostgreSQL restart and shuts the pool down (the fault script caught it).
        localQueue: { size: config.worker.concurrency + 1 },
      },
    },
    noHandleSignals: true,
    gracefulShutdownAbortTimeout: shutdownTimeoutMs,
    logger: graphileLogger(logger),
  });
  // A runner that stopped on its own (its /healthz fails) refuses to be stopped again.
  let runnerEnded = false;
  const markEnded = () => (runnerEnded = true);
  runner.promise.then(markEnded, markEnded);
  const probes = await serveProbes(config, options.port ?? config.worker.port, pgPool, runner.promise, logger);
  const metrics = await serveMetrics('worker', registry, config, logger);
  const sweepDead = () =>
    liveness.unlockDead().catch((error: unknown) => logger.warn({ err: error }, 'dead workers not swept'));
  await sweepDead();
  const sweeper = setInterval(() => void sweepDead(), DEAD_WORKER_SWEEP_MS);
  sweeper.unref();
  logger.info({ tasks: Object.keys(taskList).length, port: probes.port }, 'worker ready');

  return {
    runner,
    port: probes.port,
    metricsPort: metrics.port,
    stop: async () => {
      await probes.close();
      await metrics.close();
      clearInterval(sweeper);
      if (!runnerEnded) await stopRunner(runner, () => pool, shutdownTimeoutMs, logger);
      await liveness.stop();
      await pgPool.end();
      await Promise.all([...orms.values()].map((orm) => orm.close(true)));
      mailer.close();
    },
  };
}

/**
 * graphile-worker logs a failed job's message and keeps it as `last_error`, which `failedJobs` shows
 * admins: a job fails with its error's safe description (SQLSTATE, constraint, table; never driver
 * text), the original kept as `cause` for the log's error serializer.
 */
function withSafeFailures(task: Task): Task {
  return async (payload, helpers) => {
    try {
      return await task(payload, helpers);
    } catch (error) {
      const failure = new Error(describeError(error), { cause: error });
      failure.name = 'JobFailure';
      throw failure;
    }
  };
}

/** Lets running jobs finish; past the timeout, fails them so another worker retries them at once. */
async function stopRunner(
  runner: Runner,
  pool: () => WorkerPool | undefined,
  timeoutMs: number,
  logger: Logger,
): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<true>((resolve) => (timer = setTimeout(() => resolve(true), timeoutMs)));
  const stopped = runner.stop();
  const result = await Promise.race([stopped.then(() => false as const), timedOut]);
  clearTimeout(timer);
  if (result === true) {
    logger.warn({ timeoutMs }, 'jobs still running at shutdown; releasing them for another worker');
    // graphile-worker's forceful shutdown records the running jobs as failed attempts and unlocks them.
    await pool()?.forcefulShutdown('worker stopped before its jobs finished');
    await stopped.catch(() => undefined);
  }
}
