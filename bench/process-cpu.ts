import { readdirSync, readFileSync } from 'node:fs';

/** Linux's clock ticks per second for /proc times (USER_HZ, 100 on every mainstream kernel). */
const TICKS_PER_SECOND = 100;

/** CPU seconds (user + system) a process has used so far, from /proc; 0 once it is gone. */
function processCpuSeconds(pid: number): number {
  try {
    // Fields after the command name, which is in parentheses and may hold spaces: utime is the 12th, stime the 13th.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

/** Processes whose command is `name` (e.g. every PostgreSQL backend and helper). */
function pidsNamed(name: string): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .map(Number)
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === name;
      } catch {
        return false;
      }
    });
}

/** Where CPU time goes during a run: each named part, as CPU seconds between `start` and `stop`. */
export interface CpuMeter {
  stop(): Record<string, number>;
}

/**
 * Meters the CPU time of processes by part: `pids` by name (this process, the worker) and every
 * process whose command is one of `commands` (`postgres`, `redis-server`: their backends come and go,
 * so a backend that exits during the run loses its time, which only understates that part).
 */
export function meterCpu(pids: Record<string, number>, commands: string[]): CpuMeter {
  const read = () => {
    const byPart: Record<string, number> = {};
    for (const [part, pid] of Object.entries(pids)) byPart[part] = processCpuSeconds(pid);
    for (const command of commands)
      byPart[command] = pidsNamed(command).reduce((sum, pid) => sum + processCpuSeconds(pid), 0);
    return byPart;
  };
  const before = read();
  return {
    stop: () => {
      const after = read();
      return Object.fromEntries(Object.keys(after).map((part) => [part, after[part] - (before[part] ?? 0)]));
    },
  };
}
