import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { waitFor } from '../test/support/wait-for';
import { freePort } from '../test/support/free-port';

/**
 * The worker in a child process of its own (as production runs it), so its jobs and event
 * deliveries do not share the measured process's CPU time and event loop. `env` is its whole
 * configuration. Resolves once its `/readyz` answers (compiling it takes a while on a busy machine).
 */
export async function startWorkerProcess(env: NodeJS.ProcessEnv): Promise<{ pid: number; stop: () => Promise<void> }> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', join(__dirname, '../worker/main.ts')],
    {
      env: { ...env, WORKER_PORT: String(port), METRICS_PORT: '0' },
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  const exited = once(child, 'exit');
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  try {
    await waitFor(
      async () => {
        if (child.exitCode !== null) throw new Error(`the worker exited with code ${child.exitCode}`);
        return (await fetch(`http://127.0.0.1:${port}/readyz`).catch(() => null))?.ok;
      },
      { timeoutMs: 180_000, what: 'the worker process' },
    );
  } catch (error) {
    await stop();
    throw error;
  }
  return { pid: child.pid as number, stop };
}
