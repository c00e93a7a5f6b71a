import { readFileSync } from 'node:fs';
import type { EntityManager } from '@mikro-orm/postgresql';
import { startStack } from '../scripts/stack';
import { loadConfig } from '../platform/runtime/config';
import { repoPath } from '../platform/runtime/paths';
import { orderOf } from '../subgraphs/listings/search/search-order';
import { searchStatement } from '../subgraphs/listings/search/search.sql';
import { validateSearch } from '../subgraphs/listings/search/search.validation';
import { ListingSearchSort, type ListingSearchFilter } from '../subgraphs/listings/search/search.inputs';
import { unboundedParts, type PlanNode } from '../test/support/listings/search-plans';
import { benchSearches, type BenchSearch } from './searches';
import { StatementCounter } from './sql-statements';
import { developmentBenchEnv } from './development-env';

/** What clients send: the persisted operation production serves. */
const DOCUMENT = readFileSync(repoPath('persisted-queries', 'listings', 'search-listings.graphql'), 'utf8');
const WARM_UP_RUNS = 3;

type SearchPage = {
  __typename: string;
  edges?: unknown[];
  pageInfo?: { endCursor: string | null };
};

export interface SearchMeasure {
  search: BenchSearch;
  results: number;
  p50: number;
  p95: number;
  /** SQL statements per operation and subgraph, e.g. `listings 2`. */
  statements: string[];
  /** What in the search's plan reads every match (EXPLAIN ANALYZE of its first page); empty when bounded. */
  unbounded: string[];
}

export interface Measured {
  published: number;
  measures: SearchMeasure[];
}

/**
 * Starts the federation in this process against `databaseUrl`, caches off, and measures each
 * search of bench/searches.ts `runs` times one after another through the gateway.
 */
export async function measureSearches(databaseUrl: string, runs: number): Promise<Measured> {
  const config = loadConfig(
    await developmentBenchEnv({
      DATABASE_URL: databaseUrl,
      // Every run must reach PostgreSQL: cached answers would measure the cache.
      SEARCH_CACHE_TTL_SECONDS: '0',
      LISTING_CACHE_TTL_SECONDS: '0',
    }),
  );
  const stack = await startStack({ config, freePorts: true });
  const counter = new StatementCounter(stack.subgraphs);
  try {
    const em = stack.subgraphs.find((s) => s.name === 'listings')!.orm.em.fork();
    const [{ published }] = await em.execute<{ published: string }[]>(
      `select count(*) as published from listings.listings where status = 'PUBLISHED'`,
    );
    const measures: SearchMeasure[] = [];
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
      measures.push({
        search,
        results: page?.edges?.length ?? 0,
        p50: percentile(timings, 50),
        p95: percentile(timings, 95),
        statements: Object.entries(counter.take()).map(([name, count]) => `${name} ${count / runs}`),
        unbounded: await unboundedOf(em, search),
      });
    }
    return { published: Number(published), measures };
  } finally {
    counter.stop();
    await stack.stop();
  }
}

/** The search's first-page statement as the listings subgraph builds it, run under EXPLAIN ANALYZE. */
async function unboundedOf(em: EntityManager, search: BenchSearch): Promise<string[]> {
  const { filter, sort = ListingSearchSort.RELEVANCE } = search.variables as {
    filter?: ListingSearchFilter;
    sort?: ListingSearchSort;
  };
  const valid = validateSearch({ filter, sort }, new Date().toISOString().slice(0, 10));
  if (!valid.ok) throw new Error(`${search.name}: ${JSON.stringify(valid.error)}`);
  const { sql, params } = searchStatement(valid.value.criteria, orderOf(valid.value), null, 21);
  const [row] = await em.execute<{ 'QUERY PLAN': { Plan: PlanNode }[] }[]>(
    `explain (analyze, format json) ${sql}`,
    params,
  );
  return unboundedParts(row['QUERY PLAN'][0].Plan);
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
