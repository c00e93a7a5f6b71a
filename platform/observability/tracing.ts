import { context, propagation, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, TracerProvider, type SpanProcessor } from '@opentelemetry/sdk-trace';
import { samplerFrom } from './trace-sampler';

let active: TracerProvider | undefined;

/** Tracing is on only where an OTLP endpoint is set: without one nothing records and nothing is sent. */
export function tracingConfigured(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.OTEL_EXPORTER_OTLP_ENDPOINT || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT);
}

/**
 * Registers this process's tracer provider: spans of `service` (OTEL_SERVICE_NAME overrides it),
 * sampled as `samplerFrom` says, batched to the OTLP/HTTP endpoint (or to `spanProcessor`, as tests do),
 * with W3C trace context (`traceparent`) propagated on outgoing requests and jobs.
 */
export function startTracing(
  service: string,
  options: { env?: NodeJS.ProcessEnv; version?: string; spanProcessor?: SpanProcessor } = {},
): void {
  const env = options.env ?? process.env;
  active = new TracerProvider({
    resource: resourceFromAttributes({
      'service.name': env.OTEL_SERVICE_NAME ?? service,
      ...(options.version ? { 'service.version': options.version } : {}),
    }),
    sampler: samplerFrom(env),
    spanProcessors: [options.spanProcessor ?? new BatchSpanProcessor({ exporter: new OTLPTraceExporter() })],
  });
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  trace.setGlobalTracerProvider(active);
}

/** Sends the spans still buffered and unregisters the provider; nothing to do when tracing is off. */
export async function stopTracing(): Promise<void> {
  if (!active) return;
  const provider = active;
  active = undefined;
  await provider.shutdown();
  trace.disable();
  propagation.disable();
  context.disable();
}
