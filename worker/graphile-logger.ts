import { Logger as GraphileLogger } from 'graphile-worker';
import type { Logger } from '../platform/runtime/logger';

/**
 * Routes graphile-worker's own log lines into pino. Its failure lines quote the error's message and
 * stack in the text and carry the whole job (payload included): the text is cut before the quote and
 * the job reduced to its ids, while the error itself goes through the logger's error serializer.
 */
export function graphileLogger(logger: Logger): GraphileLogger {
  return new GraphileLogger((scope) => (level, message, meta) => {
    const { error, fatalError, job, ...rest } = (meta ?? {}) as Record<string, unknown>;
    const failure = error ?? fatalError;
    const bindings = {
      scope,
      ...rest,
      ...(failure ? { err: failure } : {}),
      ...(isJob(job)
        ? { job: { id: job.id, task: job.task_identifier, attempts: job.attempts, maxAttempts: job.max_attempts } }
        : {}),
    };
    const text = failure
      ? message
          .split('\n')[0]
          .replace(/ with error .*$/, '')
          .replace(/:$/, '')
      : message;
    if (level === 'error') logger.error(bindings, text);
    else if (level === 'warning') logger.warn(bindings, text);
    else if (level === 'info') logger.info(bindings, text);
    else logger.debug(bindings, text);
  });
}

function isJob(
  value: unknown,
): value is { id: string; task_identifier: string; attempts: number; max_attempts: number } {
  return typeof value === 'object' && value !== null && 'task_identifier' in value;
}
