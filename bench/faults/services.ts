import { spawn, execFile, execFileSync, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, mkdirSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from '../../test/support/free-port';

const run = promisify(execFile);
const PG_BIN = process.env.FAULTS_PG_BIN ?? '/usr/lib/postgresql/15/bin';

/** PostgreSQL refuses to run as root: as root, its tools run as the `postgres` OS user. */
function asPostgresUser(command: string, args: string[]): [string, string[]] {
  return process.getuid?.() === 0 ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
}

function postgresUserIds(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const [uid, gid] = ['-u', '-g'].map((flag) =>
    Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim()),
  );
  return { uid, gid };
}

export interface ScratchPostgres {
  url: string;
  /** `pg_ctl restart -m fast`: every connection is dropped, the server is back when this resolves. */
  restart: () => Promise<void>;
  stop: () => Promise<void>;
}

/** A throw-away cluster of the machine's PostgreSQL binaries in `dir`, on its own port; never the shared server. */
export async function startScratchPostgres(dir: string): Promise<ScratchPostgres> {
  const port = await freePort();
  const dataDir = join(dir, 'pgdata');
  const socketDir = join(dir, 'pgsocket');
  const logFile = join(dir, 'postgres.log');
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  mkdirSync(socketDir, { recursive: true });
  const owner = postgresUserIds();
  if (owner) {
    chmodSync(dir, 0o755);
    for (const path of [dataDir, socketDir]) chownSync(path, owner.uid, owner.gid);
    openSync(logFile, 'a');
    chownSync(logFile, owner.uid, owner.gid);
  }
  const pg = (tool: string, args: string[]) => run(...asPostgresUser(join(PG_BIN, tool), args));
  await pg('initdb', ['-D', dataDir, '-U', 'postgres', '-A', 'trust', '--no-sync', '-E', 'UTF8']);
  const options = `-p ${port} -k ${socketDir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`;
  const ctl = (action: string, extra: string[] = []) =>
    pg('pg_ctl', ['-D', dataDir, '-l', logFile, '-w', '-t', '60', ...extra, action]);
  await ctl('start', ['-o', options]);
  await run(join(PG_BIN, 'createdb'), ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', 'staygraph_faults']);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/staygraph_faults`,
    restart: async () => void (await ctl('restart', ['-m', 'fast'])),
    stop: async () => void (await ctl('stop', ['-m', 'immediate']).catch(() => undefined)),
  };
}

export interface ScratchRedis {
  url: string;
  /** Stops the server (its data goes: it keeps none on disk). */
  stop: () => Promise<void>;
  start: () => Promise<void>;
}

/** A Redis server of its own on a free port, without persistence, that can be stopped and started again. */
export async function startScratchRedis(dir: string): Promise<ScratchRedis> {
  const port = await freePort();
  let server: ChildProcess | undefined;
  const start = async () => {
    const log = openSync(join(dir, 'redis.log'), 'a');
    const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir];
    server = spawn('redis-server', args, { stdio: ['ignore', log, log] });
    for (let tries = 0; tries < 100; tries++) {
      const answered = await run('redis-cli', ['-p', String(port), 'ping']).then(
        ({ stdout }) => stdout.trim() === 'PONG',
        () => false,
      );
      if (answered) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`redis-server did not answer on port ${port}`);
  };
  const stop = async () => {
    const stopping = server;
    server = undefined;
    if (!stopping || stopping.exitCode !== null) return;
    await new Promise((resolve) => {
      stopping.once('exit', resolve);
      stopping.kill('SIGTERM');
    });
  };
  await start();
  return { url: `redis://127.0.0.1:${port}`, start, stop };
}
