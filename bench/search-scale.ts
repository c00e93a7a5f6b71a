import { spawn } from 'node:child_process';
import { statfsSync } from 'node:fs';
import { Client } from 'pg';
import { measureSearches, type Measured } from './search-run';

/** Disk one synthetic listing takes with its projections and every search index, with room to spare (2.6 KB measured at 100k). */
const BYTES_PER_LISTING = 8_000;
const GB = 1024 ** 3;

interface ScaleOptions {
  scales: number[];
  runs: number;
  keep: boolean;
}

interface AtScale {
  listings: number;
  measured: Measured;
}

/**
 * `bench:search -- --scale`: seeds a scratch database per scale, measures every search on it and
 * prints each p95 per scale, the growth from the smallest scale to the largest, and the plan checks.
 * Resolves false when a plan reads every match.
 */
export async function scaleSearches({ scales, runs, keep }: ScaleOptions): Promise<boolean> {
  const server = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  const results: AtScale[] = [];
  for (const listings of [...scales].sort((a, b) => a - b)) {
    const database = `staygraph_scratch_search_${listings}`;
    const target = new URL(server);
    target.pathname = `/${database}`;
    await withAdmin(server, async (admin) => {
      await checkFreeDisk(admin, listings);
      await admin.query(`drop database if exists ${database}`);
      await admin.query(`create database ${database}`);
    });
    try {
      const started = Date.now();
      await seed(target.toString(), listings);
      const seconds = (Date.now() - started) / 1000;
      const size = await withAdmin(server, async (admin) => {
        const { rows } = await admin.query<{ size: string }>('select pg_database_size($1) as size', [database]);
        return Number(rows[0].size);
      });
      console.log(
        `\n${database}: seeded ${listings} listings in ${seconds.toFixed(0)} s, ${(size / GB).toFixed(2)} GB`,
      );
      results.push({ listings, measured: await measureSearches(target.toString(), runs) });
    } finally {
      if (!keep) await withAdmin(server, (admin) => admin.query(`drop database if exists ${database}`));
    }
  }
  return report(results, runs);
}

function report(results: AtScale[], runs: number): boolean {
  const [small, large] = [results[0], results.at(-1)!];
  const header = results.map((r) => `p95 @${r.listings}`.padStart(14)).join(' ');
  console.log(`\n${runs} runs per search, caches off\n${'search'.padEnd(36)} ${header} ${'ratio'.padStart(6)}  plans`);
  const ratios: string[] = [];
  let bounded = true;
  small.measured.measures.forEach((first, i) => {
    const p95s = results.map((r) => r.measured.measures[i].p95);
    const ratio = p95s.at(-1)! / p95s[0];
    if (results.length > 1) ratios.push(`${first.search.key}=${ratio.toFixed(2)}`);
    const unbounded = results.flatMap((r) => r.measured.measures[i].unbounded.map((part) => `@${r.listings}: ${part}`));
    if (unbounded.length) bounded = false;
    const cells = p95s.map((p95) => p95.toFixed(1).padStart(14)).join(' ');
    const ratioCell = (results.length > 1 ? ratio.toFixed(2) : '-').padStart(6);
    const plans = unbounded.length ? `READS EVERY MATCH ${unbounded.join('; ')}` : 'bounded';
    console.log(`${first.search.name.padEnd(36)} ${cells} ${ratioCell}  ${plans}`);
  });
  console.log(`\nplans: ${bounded ? 'every search bounded' : 'some read every match (above)'}`);
  console.log(
    results.length > 1
      ? `ratios: ${ratios.join(' ')}`
      : `ratios: none (one scale, ${large.listings}; give --scales with two)`,
  );
  return bounded;
}

async function withAdmin<T>(server: URL, work: (admin: Client) => Promise<T>): Promise<T> {
  const url = new URL(server);
  url.pathname = '/postgres';
  const admin = new Client({ connectionString: url.toString() });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

/** Refuses to start a seed the disk under PostgreSQL cannot hold. */
async function checkFreeDisk(admin: Client, listings: number): Promise<void> {
  const needed = listings * BYTES_PER_LISTING;
  let directory = '/';
  try {
    directory = (await admin.query<{ data_directory: string }>('show data_directory')).rows[0].data_directory;
  } catch {
    console.warn('data_directory is not readable to this role: checking the free space of / instead');
  }
  let free: number;
  try {
    const stats = statfsSync(directory);
    free = stats.bavail * stats.bsize;
  } catch {
    console.warn(`${directory}: not on this machine; not checking free disk`);
    return;
  }
  if (free < needed * 2)
    throw new Error(
      `${listings} listings need about ${(needed / GB).toFixed(1)} GB and twice that free; ${directory} has ${(free / GB).toFixed(1)} GB`,
    );
}

/** `npm run seed -- --listings n` in its own process: migrations, demo data, synthetic listings, ANALYZE. */
function seed(databaseUrl: string, listings: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['ts-node', '--transpile-only', 'scripts/seed.ts', '--listings', String(listings)], {
      env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`seeding ${listings} listings: exit ${code}`)),
    );
  });
}
