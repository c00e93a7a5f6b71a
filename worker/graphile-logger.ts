import { Logger as GraphileLogger } from 'graphile-worker';
import type { Logger } from '../platform/runtime/logger';

/** Routes graphile-worker's own log lines into pino. */
export function graphileLogger(logger: Logger): GraphileLogger {
  return new GraphileLogger((scope) => (level, message, meta) => {
    const bindings = { scope, ...meta };
    if (level === 'error') logger.error(bindings, message);
    else if (level === 'warning') logger.warn(bindings, message);
    else if (level === 'info') logger.info(bindings, message);
    else logger.debug(bindings, message);
  });
}
