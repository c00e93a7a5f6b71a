import { context, propagation, trace, type Link } from '@opentelemetry/api';

/** The W3C `traceparent` of the active span, to carry with work done later (events, jobs); null without one. */
export function currentTraceParent(): string | null {
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  return carrier.traceparent ?? null;
}

/** A span link to the work that produced a job, from the `traceparent` it carried. */
export function linksTo(traceParent: unknown): Link[] {
  if (typeof traceParent !== 'string') return [];
  const spanContext = trace.getSpanContext(propagation.extract(context.active(), { traceparent: traceParent }));
  return spanContext ? [{ context: spanContext }] : [];
}
