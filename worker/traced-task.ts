import { SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import type { Task } from 'graphile-worker';
import { linksTo } from '../platform/observability/trace-context';

const tracer = trace.getTracer('staygraph-worker');

/**
 * Runs a job in a span of its own, linked to the span that published the event it handles (the
 * `traceparent` the job's payload carries): a job runs later and maybe more than once, so it starts a
 * trace rather than extending the producer's, and the link joins the two.
 */
export function tracedTask(name: string, task: Task): Task {
  return (payload, helpers) =>
    tracer.startActiveSpan(
      `job ${name}`,
      {
        kind: SpanKind.CONSUMER,
        links: linksTo((payload as { traceparent?: unknown } | null)?.traceparent),
        attributes: { 'job.task': name, 'job.id': helpers.job.id, 'job.attempt': helpers.job.attempts },
      },
      async (span) => {
        try {
          return await task(payload, helpers);
        } catch (error) {
          span.setStatus({ code: SpanStatusCode.ERROR });
          if (error instanceof Error) span.recordException(error);
          throw error;
        } finally {
          span.end();
        }
      },
    );
}
