import { parseArgs } from 'node:util';
import { ensureDatabase } from '../scripts/database';
import { migrateAll } from '../scripts/stack';
import { loadConfig } from '../platform/runtime/config';
import { createLogger } from '../platform/runtime/logger';
import { startProcess, type BenchProcess } from './gateway/child';
import { benchEnvironment, GATEWAY_PORT, HIVE_NO_DEDUP_PORT, HIVE_PORT, subgraphUrls } from './gateway/environment';
import { runLoad, type LoadOptions } from './gateway/load';
import { BENCH_OPERATIONS, graphql } from './gateway/operations';
import { signedInViewers } from './gateway/viewers';

const ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
const COLUMNS = ['ours', 'hive', 'hive-no-dedup', 'subgraph'] as const;
type Column = (typeof COLUMNS)[number];

/**
 * `npm run bench:gateway`: the subgraphs once (production mode, one process), our gateway and Hive
 * Gateway 2.15.1 (default, and with in-flight deduplication off) each in its own process against
 * them, in interleaved rounds of keep-alive load with signed-in viewers and anonymous traffic. Prints
 * requests/s per operation and gateway, the ratios line and each process's RSS before and after a
 * closing load run. Needs `npm install --prefix bench` once.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      rounds: { type: 'string', default: '3' },
      seconds: { type: 'string', default: '10' },
      connections: { type: 'string', default: '16' },
      viewers: { type: 'string', default: '50' },
      'anonymous-share': { type: 'string', default: '0.5' },
      'memory-seconds': { type: 'string', default: '60' },
      profile: { type: 'string' },
    },
  });
  const rounds = whole(values.rounds, 'rounds');
  const seconds = whole(values.seconds, 'seconds');
  const connections = whole(values.connections, 'connections');
  const viewerCount = whole(values.viewers, 'viewers');
  const memorySeconds = whole(values['memory-seconds'], 'memory-seconds');
  const anonymousShare = Number(values['anonymous-share']);
  const databaseUrl = process.env.DATABASE_URL ?? (await ensureDatabase(ADMIN_URL, 'staygraph_bench_gateway'));
  const env = await benchEnvironment(databaseUrl);
  await migrateAll(loadConfig(env), createLogger({ level: 'warn', name: 'bench' }), { seed: true });

  const processes: BenchProcess[] = [];
  try {
    const urls = subgraphUrls(env);
    const ready = (url: string) => url.replace(/\/graphql$/, '/readyz');
    processes.push(
      await startProcess('subgraphs', 'bench/gateway/subgraphs-main.ts', env, Object.values(urls).map(ready)),
    );
    const targets: Record<Exclude<Column, 'subgraph'>, string> = {
      ours: `http://127.0.0.1:${GATEWAY_PORT}/graphql`,
      hive: `http://127.0.0.1:${HIVE_PORT}/graphql`,
      'hive-no-dedup': `http://127.0.0.1:${HIVE_NO_DEDUP_PORT}/graphql`,
    };
    // A V8 CPU profile of our gateway over the whole run, written when it stops (open it in Chrome's DevTools).
    const profile = values.profile ? ['--cpu-prof', `--cpu-prof-dir=${values.profile}`] : [];
    processes.push(await startProcess('ours', 'gateway/main.ts', env, [ready(targets.ours)], profile));
    const hive = (port: number, dedup: string) => ({ ...env, BENCH_HIVE_PORT: String(port), BENCH_HIVE_DEDUP: dedup });
    const hiveReady = (port: number) => [`http://127.0.0.1:${port}/readiness`];
    processes.push(
      await startProcess('hive', 'bench/hive/hive-gateway.ts', hive(HIVE_PORT, 'on'), hiveReady(HIVE_PORT)),
    );
    processes.push(
      await startProcess(
        'hive-no-dedup',
        'bench/hive/hive-gateway.ts',
        hive(HIVE_NO_DEDUP_PORT, 'off'),
        hiveReady(HIVE_NO_DEDUP_PORT),
      ),
    );
    const tokens = await signedInViewers(targets.ours, viewerCount);
    for (const operation of BENCH_OPERATIONS)
      for (const url of Object.values(targets)) await graphql(url, operation.body, operation.variables, tokens[0]);
    const search = BENCH_OPERATIONS.find((o) => o.name === 'SearchListings')!;
    await graphql(urls.listings, search.body, search.variables, undefined, env.SUBGRAPH_SIGNING_SECRET);
    const rssAtStart = processes.map((p) => p.rssMiB());
    console.log(
      `${rounds} rounds × ${seconds} s, ${connections} connections, ${tokens.length} signed-in viewers, ${anonymousShare * 100} % anonymous searches\n`,
    );

    const throughput = new Map<string, number[]>();
    let failures = 0;
    for (let round = 0; round < rounds; round += 1) {
      for (const operation of BENCH_OPERATIONS) {
        const columns: [Column, Pick<LoadOptions, 'url' | 'signingSecret'>][] = Object.entries(targets).map(
          ([column, url]) => [column as Column, { url }],
        );
        if (operation.name === 'SearchListings')
          columns.push(['subgraph', { url: urls.listings, signingSecret: env.SUBGRAPH_SIGNING_SECRET }]);
        // Each round starts with a different column, so warm-up and drift do not favour one.
        const order = columns.map((_, i) => columns[(i + round) % columns.length]);
        for (const [column, target] of order) {
          const result = await runLoad({ ...target, operation, tokens, anonymousShare, connections, seconds });
          failures += result.failures;
          const key = `${operation.name}/${column}`;
          throughput.set(key, [...(throughput.get(key) ?? []), result.requestsPerSecond]);
          console.log(
            `round ${round + 1} ${operation.name.padEnd(15)} ${column.padEnd(14)} ${result.requestsPerSecond.toFixed(0).padStart(6)} req/s  p50 ${result.p50Ms} ms  p99 ${result.p99Ms} ms  failures ${result.failures}`,
          );
        }
      }
    }

    const mean = (operation: string, column: Column) => {
      const runs = throughput.get(`${operation}/${column}`);
      return runs ? runs.reduce((a, b) => a + b, 0) / runs.length : NaN;
    };
    console.log(`\n| operation | ${COLUMNS.join(' | ')} |\n|---|${COLUMNS.map(() => '---').join('|')}|`);
    for (const { name } of BENCH_OPERATIONS)
      console.log(
        `| ${name} | ${COLUMNS.map((c) => (Number.isNaN(mean(name, c)) ? '—' : mean(name, c).toFixed(0))).join(' | ')} |`,
      );

    // Measured on warm processes (the rounds grew each heap to its working size), sampled every second:
    // V8 lets a heap grow between full collections, so one reading at each end says little.
    const samples = processes.map(() => [] as number[]);
    const sampler = setInterval(() => processes.forEach((p, i) => samples[i].push(p.rssMiB())), 1000);
    await runLoad({
      url: targets.ours,
      operation: search,
      tokens,
      anonymousShare,
      connections,
      seconds: memorySeconds,
    });
    clearInterval(sampler);
    console.log(
      `\nRSS MiB during a ${memorySeconds} s search load on our gateway: median of the first and of the last quarter (flat: ±10 %), range`,
    );
    processes.forEach((p, i) => {
      const quarter = Math.max(1, Math.floor(samples[i].length / 4));
      const [first, last] = [median(samples[i].slice(0, quarter)), median(samples[i].slice(-quarter))];
      console.log(
        `  ${p.name.padEnd(14)} ${first.toFixed(0)} → ${last.toFixed(0)} (${((last / first - 1) * 100).toFixed(0)} %)  ${Math.min(...samples[i]).toFixed(0)}–${Math.max(...samples[i]).toFixed(0)}; at start ${rssAtStart[i].toFixed(0)}`,
      );
    });
    if (failures > 0) console.log(`\n${failures} failed requests: the figures are not comparable`);
    const ratio = (a: number, b: number) => (a / b).toFixed(2);
    console.log(
      `ratios: search=${ratio(mean('SearchListings', 'ours'), mean('SearchListings', 'hive'))} mybookings=${ratio(mean('MyBookings', 'ours'), mean('MyBookings', 'hive'))} me=${ratio(mean('Me', 'ours'), mean('Me', 'hive'))} search_vs_floor=${ratio(mean('SearchListings', 'ours'), mean('SearchListings', 'subgraph'))}`,
    );
  } finally {
    for (const p of processes.reverse()) await p.stop();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

function whole(value: string | undefined, name: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name}: give a whole number above 0, not "${value}"`);
  return n;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
