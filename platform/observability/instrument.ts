import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { UndiciInstrumentation } from '@opentelemetry/instrumentation-undici';
import { packageVersion } from '../runtime/paths';
import { serviceOfEntry } from './service-name';
import { startTracing, tracingConfigured } from './tracing';

/** Query parameters that grant something (signed media URLs, cloud signatures) or carry a client's variables. */
const REDACTED_QUERY_PARAMS = [
  'signature',
  'expires',
  'variables',
  'extensions',
  'token',
  'code',
  'sig',
  'Signature',
  'X-Amz-Signature',
  'X-Amz-Credential',
  'X-Amz-Security-Token',
  'X-Goog-Signature',
  'AWSAccessKeyId',
];

/**
 * Imported first by every entry point, before express, pg or @apollo/gateway load: instrumentations
 * patch modules as they load, and Apollo's gateway spans reach only a provider registered before it
 * loads (it keeps its own copy of the OpenTelemetry API). Incoming and outgoing HTTP (fetch included,
 * so subgraph calls carry `traceparent`) and PostgreSQL queries become spans; `runMain` and the
 * launcher flush them at stop (`stopTracing`). Nothing is patched or registered without an endpoint.
 */
if (tracingConfigured()) {
  registerInstrumentations({
    instrumentations: [
      new HttpInstrumentation({
        // Probes and scrapes would be most of the spans and tell nothing.
        ignoreIncomingRequestHook: (req) => /^\/(healthz|readyz|metrics)\b/.test(req.url ?? ''),
        redactedQueryParams: REDACTED_QUERY_PARAMS,
        redactedQueryParamsServer: REDACTED_QUERY_PARAMS,
      }),
      new UndiciInstrumentation(),
      new PgInstrumentation({ requireParentSpan: true }),
    ],
  });
  startTracing(serviceOfEntry(process.argv[1] ?? ''), { version: process.env.APP_VERSION ?? packageVersion() });
}
