import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import type { Config } from '../platform/runtime/config';
import { createLogger } from '../platform/runtime/logger';
import { dropDatabase, ensureDatabase } from './database';
import { migrateAll, startStack } from './stack';

const run = promisify(execFile);

/** pg_dump/pg_restore older than the server cannot read it; the drill refuses rather than half-work. */
export class ToolVersionMismatch extends Error {
  constructor(
    readonly client: number,
    readonly server: number,
  ) {
    super(`pg_dump/pg_restore ${client} cannot dump and restore a PostgreSQL ${server} server faithfully`);
    this.name = 'ToolVersionMismatch';
  }
}

/** Major versions of the local pg_dump and pg_restore, and of the server at `url`. */
export async function toolVersions(url: string): Promise<{ dump: number; restore: number; server: number }> {
  const major = async (tool: string) => Number(/(\d+)(\.\d+)?/.exec((await run(tool, ['--version'])).stdout)?.[1]);
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ server_version_num: string }>('show server_version_num');
    return {
      dump: await major('pg_dump'),
      restore: await major('pg_restore'),
      server: Math.floor(Number(rows[0].server_version_num) / 10000),
    };
  } finally {
    await client.end();
  }
}

/** The same connection (user, password, host) to another database. */
export function retarget(url: string, database: string): string {
  return Object.assign(new URL(url), { pathname: `/${database}` }).toString();
}

/** pg_dump/pg_restore arguments and environment: the password goes in PGPASSWORD, never on a command line. */
function connection(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  return { dbname: parsed.toString(), env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) } };
}

export interface DrillOptions {
  /** The live system's settings: its database is dumped; its roles and secrets serve the restored copy. */
  config: Config;
  /** May create and drop databases; default: the migration connection to the `postgres` database. */
  adminUrl?: string;
  /** The listing read back through the gateway; default: any published one of the restored database. */
  listingId?: string;
  log?: (line: string) => void;
}

export interface DrillReport {
  database: string;
  dumpBytes: number;
  /** What the gateway served from the restored database, or null when it holds no published listing. */
  listing: { id: string; title: string } | null;
  /** Seconds per step: the restore time is what a real recovery would take. */
  seconds: Record<string, number>;
}

/**
 * Backs up the live database with pg_dump, restores it into a scratch database (run-unique name with
 * `test`), migrates it, starts every subgraph and the gateway on it, reads a listing through the
 * gateway, then drops it. Throws ToolVersionMismatch when the tools' major version is not the server's.
 */
export async function runRestoreDrill(options: DrillOptions): Promise<DrillReport> {
  const { config, log = () => undefined } = options;
  const sourceUrl = config.migration.databaseUrl;
  if (!sourceUrl) throw new Error('MIGRATION_DATABASE_URL or DATABASE_URL: required for the restore drill');
  const adminUrl = options.adminUrl ?? retarget(sourceUrl, 'postgres');
  const versions = await toolVersions(sourceUrl);
  if (versions.dump !== versions.server || versions.restore !== versions.server)
    throw new ToolVersionMismatch(Math.min(versions.dump, versions.restore), versions.server);

  const seconds: Record<string, number> = {};
  const timed = async <T>(step: string, work: () => Promise<T>): Promise<T> => {
    const started = Date.now();
    const result = await work();
    seconds[step] = (Date.now() - started) / 1000;
    log(`${step}: ${seconds[step].toFixed(1)} s`);
    return result;
  };
  const database = `staygraph_restore_test_${Date.now().toString(36)}_${process.pid}`;
  const dir = await mkdtemp(join(tmpdir(), 'staygraph-drill-'));
  const dumpFile = join(dir, 'staygraph.dump');
  try {
    const source = connection(sourceUrl);
    await timed('dump', () =>
      run('pg_dump', ['-Fc', '--file', dumpFile, '--dbname', source.dbname], { env: source.env }),
    );
    const dumpBytes = (await stat(dumpFile)).size;
    const scratchAdminUrl = await ensureDatabase(adminUrl, database);
    const scratch = connection(scratchAdminUrl);
    await timed('restore', () =>
      run('pg_restore', ['--exit-on-error', '--dbname', scratch.dbname, dumpFile], { env: scratch.env }),
    );
    await grantCreate(scratchAdminUrl, database, new URL(sourceUrl).username);
    const restored = restoredConfig(config, database);
    await timed('migrate', () =>
      migrateAll(restored, createLogger({ level: 'warn', name: 'restore-drill' }), { seed: false }),
    );
    const listing = await timed('serve', () => serveListing(restored, scratchAdminUrl, options.listingId));
    return { database, dumpBytes, listing, seconds };
  } finally {
    await dropDatabase(adminUrl, database);
    await rm(dir, { recursive: true, force: true });
  }
}

/** Every connection of the live settings, pointed at the scratch database, with its own Redis keys. */
function restoredConfig(config: Config, database: string): Config {
  const move = (url: string | undefined) => (url ? retarget(url, database) : url);
  return {
    ...config,
    databaseUrl: move(config.databaseUrl),
    subgraphDatabaseUrls: Object.fromEntries(
      Object.entries(config.subgraphDatabaseUrls).map(([name, url]) => [name, retarget(url, database)]),
    ),
    migration: { ...config.migration, databaseUrl: move(config.migration.databaseUrl) },
    // Cached listings of the live system must not answer for the restored database.
    redisKeyPrefix: `${config.redisKeyPrefix}restore-drill:${database}:`,
  };
}

/** Database-level rights are not in a dump: the migrator may create schemas in the copy as in the original. */
async function grantCreate(url: string, database: string, migrator: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`grant create on database "${database}" to "${migrator.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

async function serveListing(
  config: Config,
  scratchAdminUrl: string,
  listingId: string | undefined,
): Promise<DrillReport['listing']> {
  const client = new Client({ connectionString: scratchAdminUrl });
  await client.connect();
  let expected: { id: string; title: string } | undefined;
  try {
    const { rows } = await client.query<{ id: string; title: string }>(
      `select id, title from listings.listings where status = 'PUBLISHED' and ($1::uuid is null or id = $1::uuid)
       order by id limit 1`,
      [listingId ?? null],
    );
    expected = rows[0];
  } finally {
    await client.end();
  }
  const stack = await startStack({
    config,
    freePorts: true,
    loggerFor: (name) => createLogger({ level: 'warn', name }),
  });
  try {
    const served = await readListing(config, stack.gateway.url, expected?.id);
    if (expected && served?.title !== expected.title)
      throw new Error(`The gateway served ${JSON.stringify(served)} for listing ${expected.id}, not its restored row`);
    return expected ? { id: expected.id, title: expected.title } : null;
  } finally {
    await stack.stop();
  }
}

/** Reads a listing as a first-party client does: the persisted `Listing` operation (production runs only those). */
async function readListing(config: Config, gatewayUrl: string, id: string | undefined) {
  const manifest = JSON.parse(readFileSync(config.gateway.manifestPath, 'utf8')) as {
    operations: { id: string; name: string; body: string }[];
  };
  const operation = manifest.operations.find((o) => o.name === 'Listing');
  if (!operation) throw new Error('No persisted Listing operation in the manifest');
  const response = await fetch(gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollographql-client-name': 'restore-drill' },
    body: JSON.stringify({
      query: operation.body,
      operationName: 'Listing',
      variables: { id: id ?? '00000000-0000-7000-8000-000000000000' },
      extensions: { persistedQuery: { version: 1, sha256Hash: operation.id } },
    }),
  });
  const body = (await response.json()) as { data?: { listing: { title: string } | null }; errors?: unknown[] };
  if (!response.ok || body.errors) throw new Error(`The gateway refused the read: ${JSON.stringify(body.errors)}`);
  return body.data?.listing ?? null;
}
