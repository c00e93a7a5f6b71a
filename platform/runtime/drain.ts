import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from './logger';

export interface Drain {
  /** True from the first `begin()`: readiness answers 503 so the load balancer stops sending traffic. */
  readonly draining: boolean;
  /**
   * Turns readiness off, then waits the drain delay (load balancers notice only at their next probe)
   * before the caller stops accepting. Calling it again waits for the same delay, not a new one.
   */
  begin: () => Promise<void>;
}

export function createDrain(
  delaySeconds: number,
  logger: Logger,
  wait: (ms: number) => Promise<unknown> = sleep,
): Drain {
  let started: Promise<void> | undefined;
  return {
    get draining() {
      return started !== undefined;
    },
    begin() {
      started ??= (async () => {
        logger.info({ delaySeconds }, 'draining: readiness off');
        if (delaySeconds > 0) await wait(delaySeconds * 1000);
      })();
      return started;
    },
  };
}
