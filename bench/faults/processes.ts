import { spawn, type ChildProcess } from 'node:child_process';
import { openSync } from 'node:fs';
import { join } from 'node:path';
import { repoPath } from '../../platform/runtime/paths';

export interface ChildService {
  name: string;
  /** Starts the process and resolves once `readyUrl` answers 200. */
  start: () => Promise<void>;
  /** Sends `signal` and resolves when the process has exited. */
  signal: (signal: NodeJS.Signals) => Promise<void>;
  /** Exits nobody asked for (a crash), as `<name> exited (code or signal) at <when>`. */
  crashes: string[];
}

/**
 * A StayGraph entry point run as a child process (TypeScript through ts-node, as `npm run` does),
 * its JSON log lines appended to `<dir>/<name>.log`.
 */
export function childService(options: {
  name: string;
  entry: string;
  env: NodeJS.ProcessEnv;
  readyUrl: string;
  dir: string;
  readyTimeoutMs?: number;
  /** When it happened, for `crashes`. */
  now: () => string;
}): ChildService {
  let child: ChildProcess | undefined;
  const crashes: string[] = [];
  let signalled = false;
  const start = async () => {
    signalled = false;
    const log = openSync(join(options.dir, `${options.name}.log`), 'a');
    const running = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', repoPath(options.entry)], {
      cwd: repoPath(),
      env: options.env,
      stdio: ['ignore', log, log],
    });
    child = running;
    running.once('exit', (code, sig) => {
      if (!signalled) crashes.push(`${options.name} exited (${sig ?? code}) at ${options.now()}`);
    });
    const deadline = Date.now() + (options.readyTimeoutMs ?? 180_000);
    while (Date.now() < deadline) {
      if (running.exitCode !== null) throw new Error(`${options.name} exited (${running.exitCode}) while starting`);
      const ready = await fetch(options.readyUrl).then(
        (response) => response.ok,
        () => false,
      );
      if (ready) return;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    throw new Error(`${options.name} not ready at ${options.readyUrl} after ${options.readyTimeoutMs ?? 180_000} ms`);
  };
  const signal = async (sig: NodeJS.Signals) => {
    const running = child;
    if (!running || running.exitCode !== null || running.signalCode !== null) return;
    signalled = true;
    await new Promise((resolve) => {
      running.once('exit', resolve);
      running.kill(sig);
    });
  };
  return { name: options.name, start, signal, crashes };
}
