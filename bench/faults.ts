/**
 * The fault script: sustained mixed traffic through a production-mode stack while its PostgreSQL is
 * restarted, its Redis stopped for 8 s, and its worker stopped with SIGTERM and later SIGKILLed
 * (each time restarted); then it checks what must hold and prints a summary. Exits 1 when anything broke.
 *
 *   npm run bench:faults
 *
 * Everything is its own: a scratch PostgreSQL cluster and Redis server on free ports (never the
 * machine's shared ones), the payment-provider emulator, and the stack as two child processes
 * (the gateway with every subgraph; the worker). Knobs: FAULTS_CLIENTS (4) concurrent clients;
 * FAULTS_KEEP=1 keeps the scratch folder (data, logs), which is kept anyway when a check fails.
 */
import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import { loadConfig } from '../platform/runtime/config';
import { createLogger } from '../platform/runtime/logger';
import type { SubgraphModule } from '../platform/subgraph-module';
import { SUBGRAPH_MODULES } from '../subgraphs';
import { sendWebhooksTo, startLocalPaymentsEmulator } from '../scripts/payments-emulator';
import { migrateAll } from '../scripts/stack';
import { UNTYPED } from './faults/answers';
import { checkBookings, checkEvents, checkJobs, waitForDrain, type Check } from './faults/checks';
import { productionEnvironment } from './faults/environment';
import { childService } from './faults/processes';
import { faultScenario } from './faults/scenario';
import { freePort } from '../test/support/free-port';
import { startScratchPostgres, startScratchRedis } from './faults/services';
import { printSummary } from './faults/summary';
import { runTraffic } from './faults/traffic';
import { buildWorld } from './faults/world';

const CLIENTS = Number(process.env.FAULTS_CLIENTS ?? 4);

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'staygraph-faults-'));
  console.log(`fault script: scratch folder ${dir}`);
  const postgres = await startScratchPostgres(dir);
  const redis = await startScratchRedis(dir);
  const payments: NodeJS.ProcessEnv = { NODE_ENV: 'production', PAYMENTS_EMULATOR: 'allow' };
  payments.EMULATOR_PORT = String(await freePort());
  const emulator = await startLocalPaymentsEmulator(payments);
  const { env, gatewayPort, workerPort } = await productionEnvironment({
    dir,
    databaseUrl: postgres.url,
    redisUrl: redis.url,
    payments,
  });
  const config = loadConfig(env);
  const schemaOf = (module: SubgraphModule) => String(module.ormConfig(config).schema);
  const db = new Pool({ connectionString: postgres.url, max: 2 });
  // The restart drops this pool's idle connections too; the next query opens new ones.
  db.on('error', () => undefined);
  let since = performance.now();
  const now = () => `${((performance.now() - since) / 1000).toFixed(1)} s`;
  const child = (name: string, entry: string, port: number) =>
    childService({ name, entry, env, dir, now, readyUrl: `http://127.0.0.1:${port}/readyz` });
  const stack = child('stack', 'bench/faults/stack-main.ts', gatewayPort);
  const worker = child('worker', 'worker/main.ts', workerPort);
  let failed = true;
  let stopping: Promise<void> | undefined;
  const stopAll = () =>
    (stopping ??= (async () => {
      await worker.signal('SIGTERM');
      await stack.signal('SIGTERM');
      await db.end().catch(() => undefined);
      await emulator?.close();
      await redis.stop();
      await postgres.stop();
      if (failed || process.env.FAULTS_KEEP === '1') console.log(`scratch folder kept: ${dir}`);
      else rmSync(dir, { recursive: true, force: true });
    })());
  // Ctrl-C stops the children and the scratch servers too (PostgreSQL would outlive the script).
  process.once('SIGINT', () => void stopAll().finally(() => process.exit(130)));
  try {
    await migrateAll(config, createLogger({ level: 'warn', name: 'migrate' }), { seed: false });
    await Promise.all([stack.start(), worker.start()]);
    const url = `http://127.0.0.1:${gatewayPort}/graphql`;
    if (emulator) sendWebhooksTo(emulator, url);
    const world = await buildWorld(url, db, { listings: 3, guests: 6 });
    console.log(`stack up (production mode): ${world.listingIds.length} listings, ${world.guests.length} guests`);

    since = performance.now();
    const modules = SUBGRAPH_MODULES;
    const scenario = faultScenario({ db, postgres, redis, worker, modules, schemaOf, since });
    const [traffic, workerChecks] = await Promise.all([
      runTraffic(url, world, { clients: CLIENTS, running: scenario.running, since, phase: scenario.phase }),
      scenario.run(),
    ]);
    const seconds = (performance.now() - since) / 1000;
    const drainedMs = await waitForDrain(db, 180_000);
    scenario.timeline.push(
      drainedMs === null ? 'queue NOT drained within 180 s' : `queue drained ${(drainedMs / 1000).toFixed(1)} s later`,
    );

    const untyped = traffic.tally.total((o) => UNTYPED.includes(o));
    const checks: Check[] = [
      {
        name: 'every request answered with data or a typed error',
        ok: untyped === 0,
        detail: `${traffic.tally.total()} requests in ${seconds.toFixed(0)} s, ${untyped} otherwise${traffic.broken.length ? ` (${traffic.broken.slice(0, 5).join('; ')})` : ''}`,
      },
      {
        name: 'a retry with the same idempotency key replays',
        ok: traffic.idempotencyViolations.length === 0,
        detail: traffic.idempotencyViolations.slice(0, 5).join('; ') || 'every retry and resend got the first outcome',
      },
      ...workerChecks,
      {
        name: 'no process crashed',
        ok: stack.crashes.length + worker.crashes.length === 0,
        detail: [...stack.crashes, ...worker.crashes].join('; ') || 'the stack and every worker ran until stopped',
      },
      {
        name: 'queue drained',
        ok: drainedMs !== null,
        detail: drainedMs === null ? 'timed out' : 'no job due or retrying',
      },
      await checkEvents(db, modules, schemaOf),
      await checkBookings(db, traffic.unbooked),
      await checkJobs(db),
    ];
    failed = checks.some((c) => !c.ok);
    printSummary({
      timeline: scenario.timeline,
      tally: traffic.tally,
      byPhase: traffic.byPhase,
      checks,
      logs: { stack: join(dir, 'stack.log'), worker: join(dir, 'worker.log') },
    });
  } finally {
    await stopAll();
  }
  if (failed) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
