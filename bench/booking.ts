/**
 * Booking throughput and the double-booking guarantee, through the gateway, with the worker running.
 *
 *   DATABASE_URL=postgres://…/staygraph_bench_booking_test npx ts-node --transpile-only bench/booking.ts
 *
 * Knobs: BENCH_LISTINGS (20), BENCH_CLIENTS (8), BENCH_REQUESTS (400), BENCH_CONTENDERS (50).
 * Prints figures; exits 1 when the contention run breaks "exactly one wins, the rest DATES_UNAVAILABLE".
 */
// Before anything that loads http or pg: with OTEL_EXPORTER_OTLP_ENDPOINT set, the bench is traced as production is.
import '../platform/observability/instrument';
import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { generateSecrets } from '../scripts/dev-keys';
import { migrateAll, startStack } from '../scripts/stack';
import { loadConfig } from '../platform/runtime/config';
import { createLogger } from '../platform/runtime/logger';
import { signedInVerifiedUser } from '../test/support/accounts/factories';
import { asHost, createPublishedListing } from '../test/support/listings/factories';
import { book, daysFromNow, waitForTerms } from '../subgraphs/bookings/test/bookings-support';
import { codeOf, GraphQLClient } from '../test/support/graphql-client';

const knob = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const LISTINGS = knob('BENCH_LISTINGS', 20);
const CLIENTS = knob('BENCH_CLIENTS', 8);
const REQUESTS = knob('BENCH_REQUESTS', 400);
const CONTENDERS = knob('BENCH_CONTENDERS', 50);
const HIGH = '1000000000';

interface Outcome {
  typename: string;
  ms: number;
}

/** Runs `count` tasks with `concurrency` clients pulling from one queue; returns outcomes in order of completion. */
async function pool(count: number, concurrency: number, task: (i: number) => Promise<string>): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  let next = 0;
  const client = async () => {
    while (next < count) {
      const i = next++;
      const start = performance.now();
      const typename = await task(i).catch(
        (error: unknown) => `error: ${error instanceof Error ? error.message : String(error)}`,
      );
      outcomes.push({ typename, ms: performance.now() - start });
    }
  };
  await Promise.all(Array.from({ length: concurrency }, client));
  return outcomes;
}

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((values.length * p) / 100))] ?? 0;

function tally(outcomes: Outcome[]): Record<string, number> {
  return outcomes.reduce<Record<string, number>>(
    (counts, o) => ({ ...counts, [o.typename]: (counts[o.typename] ?? 0) + 1 }),
    {},
  );
}

async function main(): Promise<void> {
  if (!process.env.DATABASE_URL)
    throw new Error('Set DATABASE_URL to a scratch database (it is migrated and filled with bench data).');
  const secrets = await generateSecrets();
  const mailDir = mkdtempSync(join(tmpdir(), 'staygraph-bench-mail-'));
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'development',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    JWT_PRIVATE_KEY: secrets.privateKey,
    JWT_PUBLIC_KEYS: secrets.publicKeys,
    SUBGRAPH_SIGNING_SECRET: secrets.signingSecret,
    MFA_ENCRYPTION_KEY: secrets.mfaKey,
    REDIS_KEY_PREFIX: `bench:${randomUUID()}:`,
    MAIL_DIR: mailDir,
    // One address and a few users make every request: the limits would measure themselves, not bookings.
    RATE_LIMIT_OPERATIONS: HIGH,
    RATE_LIMIT_MUTATIONS: HIGH,
    RATE_LIMIT_AUTH: HIGH,
    COST_BUDGET: HIGH,
    REGISTER_MAX_PER_IP: HIGH,
    LOGIN_MAX_FAILURES_PER_IP: HIGH,
  });
  const logger = createLogger({ level: config.logLevel, name: 'bench' });
  await migrateAll(config, logger, { seed: false });
  const stack = await startStack({ config, freePorts: true, withWorker: true });
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
      `booking bench: ${LISTINGS} listings, ${CLIENTS} concurrent clients, ${REQUESTS} requests, through the gateway (worker running)`,
    );

    // Request i takes listing i mod LISTINGS, two nights in its own slot: no two requests overlap.
    const started = performance.now();
    const spread = await pool(REQUESTS, CLIENTS, async (i) => {
      const slot = Math.floor(i / LISTINGS);
      const stay = {
        listingId: listings[i % LISTINGS].id,
        checkIn: daysFromNow(2 + 2 * slot),
        checkOut: daysFromNow(4 + 2 * slot),
      };
      return (await book(client, guests[i % guests.length].token, stay)).__typename;
    });
    const seconds = (performance.now() - started) / 1000;
    const ok = spread.filter((o) => o.typename === 'BookingCreated');
    const latencies = spread.map((o) => o.ms);
    console.log(
      `  non-overlapping: ${ok.length}/${REQUESTS} booked in ${seconds.toFixed(1)} s → ${(ok.length / seconds).toFixed(1)} bookings/s ` +
        `(latency p50 ${percentile(latencies, 50).toFixed(0)} ms, p95 ${percentile(latencies, 95).toFixed(0)} ms); outcomes ${JSON.stringify(tally(spread))}`,
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
  } finally {
    await stack.stop();
    rmSync(mailDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
