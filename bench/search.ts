// Before anything that loads http or pg: with OTEL_EXPORTER_OTLP_ENDPOINT set, the bench is traced as production is.
import '../platform/observability/instrument';
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { generateSecrets } from '../scripts/dev-keys';
import { startStack } from '../scripts/stack';
import { loadConfig } from '../platform/runtime/config';
import { repoPath } from '../platform/runtime/paths';
import { benchSearches, type BenchSearch } from './searches';
import { StatementCounter } from './sql-statements';

/** What clients send: the persisted operation production serves. */
const DOCUMENT = readFileSync(repoPath('persisted-queries', 'listings', 'search-listings.graphql'), 'utf8');
const WARM_UP_RUNS = 3;

type SearchPage = {
  __typename: string;
  edges?: unknown[];
  pageInfo?: { endCursor: string | null };
  code?: string;
  fieldErrors?: unknown;
};

/**
 * `bench:search`: starts the federation in this process against DATABASE_URL (seed it with
 * `npm run seed -- --listings 100000`) and prints p50/p95 latency and SQL statements of
 * representative searches through the gateway.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '50' } } });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs: give a whole number above 0, not "${values.runs}"`);
  if (!process.env.DATABASE_URL)
    throw new Error('DATABASE_URL: required (a database seeded with npm run seed -- --listings 100000)');
  const secrets = await generateSecrets();
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'development',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    JWT_PRIVATE_KEY: secrets.privateKey,
    JWT_PUBLIC_KEYS: secrets.publicKeys,
    SUBGRAPH_SIGNING_SECRET: secrets.signingSecret,
    MFA_ENCRYPTION_KEY: secrets.mfaKey,
    REDIS_KEY_PREFIX: `bench:${randomUUID()}:`,
    RATE_LIMIT_OPERATIONS: '1000000',
    COST_BUDGET: '1000000000',
    // Every run must reach PostgreSQL: cached answers would measure the cache.
    SEARCH_CACHE_TTL_SECONDS: '0',
    LISTING_CACHE_TTL_SECONDS: '0',
  });
  const stack = await startStack({ config, freePorts: true });
  const counter = new StatementCounter(stack.subgraphs);
  try {
    const listings = stack.subgraphs.find((s) => s.name === 'listings')!.orm.em;
    const [{ published }] = await listings.execute<{ published: string }[]>(
      `select count(*) as published from listings.listings where status = 'PUBLISHED'`,
    );
    console.log(
      `database ${new URL(config.databaseUrl!).pathname.slice(1)}: ${published} published listings; ${runs} runs per search, caches off\n`,
    );
    console.log(
      `${'search'.padEnd(36)} ${'results'.padStart(7)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)}  SQL per operation`,
    );
    for (const search of benchSearches()) {
      const variables = await variablesOf(stack.gateway.url, search);
      for (let i = 0; i < WARM_UP_RUNS; i += 1) await searchOnce(stack.gateway.url, variables);
      counter.take();
      const timings: number[] = [];
      let page: SearchPage | undefined;
      for (let i = 0; i < runs; i += 1) {
        const started = performance.now();
        page = await searchOnce(stack.gateway.url, variables);
        timings.push(performance.now() - started);
      }
      const perOperation = Object.entries(counter.take()).map(([name, count]) => `${name} ${count / runs}`);
      const cells = [
        String(page?.edges?.length ?? 0).padStart(7),
        ms(percentile(timings, 50)),
        ms(percentile(timings, 95)),
      ];
      console.log(`${search.name.padEnd(36)} ${cells.join(' ')}  ${perOperation.join(', ') || 'none'}`);
    }
  } finally {
    counter.stop();
    await stack.stop();
  }
}

async function variablesOf(url: string, search: BenchSearch): Promise<Record<string, unknown>> {
  if (!search.secondPage) return search.variables;
  const first = await searchOnce(url, search.variables);
  return { ...search.variables, after: first.pageInfo?.endCursor };
}

async function searchOnce(url: string, variables: Record<string, unknown>): Promise<SearchPage> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: DOCUMENT, variables }),
  });
  const body = (await response.json()) as { data?: { searchListings: SearchPage }; errors?: unknown[] };
  const page = body.data?.searchListings;
  if (!page || body.errors || page.__typename !== 'ListingSearchConnection')
    throw new Error(`search failed: ${JSON.stringify(body)}`);
  return page;
}

/** Nearest-rank percentile. */
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}

const ms = (value: number) => value.toFixed(1).padStart(8);

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
