/**
 * Booking latency and throughput through the gateway (the worker in its own process), beside
 * PostgreSQL's floor for the same transaction (bench/booking-floor.sql under pgbench), and the
 * double-booking guarantee.
 *
 *   DATABASE_URL=postgres://…/staygraph_bench_booking_test npx ts-node --transpile-only bench/booking.ts
 *
 * Knobs: BENCH_LISTINGS (20), BENCH_CLIENTS (8), BENCH_REQUESTS (400), BENCH_UNLOADED (50),
 * BENCH_CONTENDERS (50), BENCH_FLOOR_SECONDS (10). Ends with `ratios: booking_vs_floor=…`; exits 1
 * when the contention run breaks "exactly one wins, the rest DATES_UNAVAILABLE".
 */
// Before anything that loads http or pg: with OTEL_EXPORTER_OTLP_ENDPOINT set, the bench is traced as production is.
import '../platform/observability/instrument';
import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrateAll, startStack } from '../scripts/stack';
import { loadConfig } from '../platform/runtime/config';
import { createLogger } from '../platform/runtime/logger';
import { signedInVerifiedUser } from '../test/support/accounts/factories';
import { asHost, createPublishedListing } from '../test/support/listings/factories';
import { book, daysFromNow, waitForTerms } from '../subgraphs/bookings/test/bookings-support';
import { codeOf, GraphQLClient } from '../test/support/graphql-client';
import { measureFloor } from './booking-floor';
import { percentile, pool, tally } from './load-pool';
import { StatementCounter } from './sql-statements';
import { startWorkerProcess } from './worker-process';
import { developmentBenchEnv } from './development-env';
import { meterCpu } from './process-cpu';

const knob = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const LISTINGS = knob('BENCH_LISTINGS', 20);
const CLIENTS = knob('BENCH_CLIENTS', 8);
const REQUESTS = knob('BENCH_REQUESTS', 400);
const CONTENDERS = knob('BENCH_CONTENDERS', 50);
const UNLOADED = knob('BENCH_UNLOADED', 50);
const FLOOR_SECONDS = knob('BENCH_FLOOR_SECONDS', 10);

async function main(): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl)
    throw new Error('Set DATABASE_URL to a scratch database (it is migrated and filled with bench data).');
  const mailDir = mkdtempSync(join(tmpdir(), 'staygraph-bench-mail-'));
  const env = await developmentBenchEnv({ MAIL_DIR: mailDir });
  const config = loadConfig(env);
  const logger = createLogger({ level: config.logLevel, name: 'bench' });
  await migrateAll(config, logger, { seed: false });
  const worker = await startWorkerProcess(env);
  const stack = await startStack({ config, freePorts: true }).catch(async (error: unknown) => {
    await worker.stop();
    throw error;
  });
  try {
    const client = new GraphQLClient(stack.gateway.url);
    const emOf = (name: string) => () =>
      (stack.subgraphs.find((s) => s.name === name) as (typeof stack.subgraphs)[number]).orm.em.fork();
    const verified = () => signedInVerifiedUser(client, emOf('accounts')());

    const host = await asHost(client, await verified());
    const listings = await Promise.all(
      Array.from({ length: LISTINGS }, () => createPublishedListing(client, host.token, { instantBook: true })),
    );
    await Promise.all(listings.map((l) => waitForTerms(emOf('bookings'), l.id)));
    const guests = await Promise.all(Array.from({ length: Math.max(CLIENTS, 10) }, verified));
    console.log(
      `booking bench: ${LISTINGS} listings, ${CLIENTS} concurrent clients, ${REQUESTS} requests, through the gateway (worker in its own process)`,
    );

    // Request i books listing i mod LISTINGS for two nights in its own slot from `firstDay` on: no two requests overlap.
    const bookSlot = (firstDay: number) => async (i: number) => {
      const slot = Math.floor(i / LISTINGS);
      const stay = {
        listingId: listings[i % LISTINGS].id,
        checkIn: daysFromNow(firstDay + 2 * slot),
        checkOut: daysFromNow(firstDay + 2 + 2 * slot),
      };
      return (await book(client, guests[i % guests.length].token, stay)).__typename;
    };

    // One client, one booking at a time, days 100 on: the latency of an unloaded stack and its statements.
    const counter = new StatementCounter(stack.subgraphs);
    const unloaded = await pool(UNLOADED, 1, bookSlot(100));
    const statements = counter.take();
    counter.stop();
    const perBooking = (n: number) => (n / UNLOADED).toFixed(1);
    const unloadedMs = unloaded.map((o) => o.ms);
    console.log(
      `  unloaded: p50 ${percentile(unloadedMs, 50).toFixed(1)} ms, p95 ${percentile(unloadedMs, 95).toFixed(1)} ms; ` +
        `statements per booking: bookings ${perBooking(statements.bookings ?? 0)}, all subgraphs ` +
        `${perBooking(Object.values(statements).reduce((a, b) => a + b, 0))}; outcomes ${JSON.stringify(tally(unloaded))}`,
    );

    // Eight clients at once, days 2 on.
    const cpu = meterCpu({ stack: process.pid, worker: worker.pid }, ['postgres', 'redis-server']);
    const started = performance.now();
    const spread = await pool(REQUESTS, CLIENTS, bookSlot(2));
    const seconds = (performance.now() - started) / 1000;
    const cpuSeconds = cpu.stop();
    const ok = spread.filter((o) => o.typename === 'BookingCreated');
    const latencies = spread.map((o) => o.ms);
    const throughput = ok.length / seconds;
    console.log(
      `  non-overlapping: ${ok.length}/${REQUESTS} booked in ${seconds.toFixed(1)} s → ${throughput.toFixed(1)} bookings/s ` +
        `(latency p50 ${percentile(latencies, 50).toFixed(0)} ms, p95 ${percentile(latencies, 95).toFixed(0)} ms); outcomes ${JSON.stringify(tally(spread))}`,
    );

    const cpuMs = (part: string) => ((cpuSeconds[part] * 1000) / ok.length).toFixed(1);
    const allCpuMs = (Object.values(cpuSeconds).reduce((a, b) => a + b, 0) * 1000) / ok.length;
    console.log(
      `  CPU per booking: ${Object.keys(cpuSeconds)
        .map((part) => `${part} ${cpuMs(part)} ms`)
        .join(
          ', ',
        )}; all ${allCpuMs.toFixed(1)} ms → at most ${((availableParallelism() * 1000) / allCpuMs).toFixed(0)} bookings/s on ${availableParallelism()} cores` +
        ' (stack: the gateway, every subgraph and the clients, in this process)',
    );

    // Every contender at once, for the same nights of one listing.
    const target = { listingId: listings[0].id, checkIn: daysFromNow(300), checkOut: daysFromNow(303) };
    const contention = await pool(CONTENDERS, CONTENDERS, async (i) => {
      const result = await book(client, guests[i % guests.length].token, target);
      return codeOf(result) ?? result.__typename;
    });
    const counts = tally(contention);
    const [occupied] = await emOf('bookings')().execute<{ n: string }[]>(
      `select count(*) as n from bookings.occupancies where listing_id = ? and active and start_date < ?::date and end_date > ?::date`,
      [target.listingId, target.checkOut, target.checkIn],
    );
    const held = Number(occupied.n);
    const won = counts.BookingCreated ?? 0;
    const refused = counts['BOOKING.DATES_UNAVAILABLE'] ?? 0;
    const correct = won === 1 && refused === CONTENDERS - 1 && held === 1;
    console.log(
      `  contention: ${CONTENDERS} concurrent requests for the same nights → ${won} booked, ${refused} BOOKING.DATES_UNAVAILABLE, ` +
        `${CONTENDERS - won - refused} other; ${held} active occupancy row → ${correct ? 'OK' : 'FAILED'} ${JSON.stringify(counts)}`,
    );
    if (!correct) process.exitCode = 1;

    const floor = await measureFloor(emOf('bookings')(), databaseUrl, {
      clients: CLIENTS,
      listings: LISTINGS,
      seconds: FLOOR_SECONDS,
    });
    console.log(`\n| ${CLIENTS} clients | per second | p50 ms | p95 ms | statements per booking |`);
    console.log('|---|---|---|---|---|');
    console.log(
      `| createBooking through the gateway | ${throughput.toFixed(1)} | ${percentile(latencies, 50).toFixed(0)} | ` +
        `${percentile(latencies, 95).toFixed(0)} | ${perBooking(statements.bookings ?? 0)} (bookings) |`,
    );
    console.log(
      `| PostgreSQL floor (pgbench, bench/booking-floor.sql) | ${floor.tps.toFixed(1)} | ${floor.latencyMs.toFixed(1)} (average) | — | 7 |`,
    );
    console.log(`ratios: booking_vs_floor=${(throughput / floor.tps).toFixed(2)}`);
  } finally {
    await stack.stop();
    await worker.stop();
    rmSync(mailDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
