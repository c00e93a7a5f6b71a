import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { repoPath } from '../../platform/runtime/paths';

/** How long a process may take to stop (its drain included) before it is killed. */
const STOP_GRACE_MS = 30_000;

export interface BenchProcess {
  name: string;
  /** Resident memory now, in MiB (Linux /proc). */
  rssMiB: () => number;
  stop: () => Promise<void>;
}

/** Runs a TypeScript entry point as its own process (as `npm run` would, with `nodeArgs` for Node) and waits until every `readyUrls` answers. */
export async function startProcess(
  name: string,
  entry: string,
  env: NodeJS.ProcessEnv,
  readyUrls: string[],
  nodeArgs: string[] = [],
): Promise<BenchProcess> {
  const taken = await Promise.all(readyUrls.map(answers));
  if (taken.some(Boolean)) throw new Error(`${name}: something already answers at ${readyUrls.join(', ')}`);
  const child: ChildProcess = spawn(
    process.execPath,
    [...nodeArgs, '-r', 'ts-node/register/transpile-only', repoPath(entry)],
    {
      cwd: repoPath(),
      env: { ...env, TS_NODE_PROJECT: repoPath('tsconfig.json') },
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited while starting (code ${child.exitCode})`);
    if (Date.now() > deadline) throw new Error(`${name} not ready at ${readyUrls.join(', ')} after 180 s`);
    if ((await Promise.all(readyUrls.map(answers))).every(Boolean)) break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return {
    name,
    rssMiB: () => {
      const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      return match ? Number(match[1]) / 1024 : NaN;
    },
    stop: async () => {
      child.kill('SIGTERM');
      const killLater = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
      await exited;
      clearTimeout(killLater);
    },
  };
}

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}
