import { randomUUID } from 'node:crypto';
import { trace, type SpanContext } from '@opentelemetry/api';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace';
import { enqueueJob } from '../../platform/events/jobs';
import { publish } from '../../platform/events/publish';
import { startTracing, stopTracing } from '../../platform/observability/tracing';
import { Happened } from '../support/fixture-module';
import { jobsForEvent, retryNow } from '../support/jobs';
import { startTestWorker, type TestWorker } from '../support/test-worker';
import { waitFor } from '../support/wait-for';

const exporter = new InMemorySpanExporter();
// Only this file's worker knows this task, so its job runs here, where the spans are recorded.
const traced = { name: `tracing-test.${randomUUID()}`, run: async () => undefined };
let worker: TestWorker;

beforeAll(async () => {
  startTracing('tracing-test', {
    env: { OTEL_TRACES_SAMPLER: 'always_on' },
    spanProcessor: new SimpleSpanProcessor({ exporter }),
  });
  worker = await startTestWorker({ extraJobs: [traced] });
});
afterAll(async () => {
  await worker?.stop();
  await stopTracing();
});

const em = () => worker.fixture.em.fork();

/** Runs `work` in an active span and returns that span's context: what a request's span is to the jobs it enqueues. */
function inSpan(work: () => Promise<unknown>): Promise<SpanContext> {
  return trace.getTracer('test').startActiveSpan('request', async (span) => {
    await work();
    span.end();
    return span.spanContext();
  });
}

describe('trace context through jobs and events', () => {
  it("links a job's span to the span that enqueued it", async () => {
    const producer = await inSpan(() => em().transactional((tx) => enqueueJob(tx, traced.name, {})));

    const span = await waitFor(async () => exporter.getFinishedSpans().find((s) => s.name === `job ${traced.name}`), {
      what: 'the job span',
    });
    expect(span.spanContext().traceId).not.toBe(producer.traceId);
    expect(span.links.map((link) => link.context)).toEqual([
      expect.objectContaining({ traceId: producer.traceId, spanId: producer.spanId }),
    ]);
  });

  it("carries the publisher's trace context to each handler's job, outside the event's payload", async () => {
    const key = randomUUID();
    let eventId = '';
    const producer = await inSpan(async () => {
      eventId = await em().transactional((tx) => publish(tx, Happened, { key, amount: 1, mode: 'doomed' }));
    });

    const handlerJob = await waitFor(
      async () => {
        const [row] = await em().execute<{ payload: { traceparent?: string } }[]>(
          'select payload from graphile_worker._private_jobs where key = ?',
          [`fixture.fragile_reaction:${eventId}`],
        );
        return row;
      },
      { what: "the failing handler's job" },
    );
    expect(handlerJob.payload.traceparent).toBe(`00-${producer.traceId}-${producer.spanId}-01`);
    const [event] = await em().execute<{ payload: Record<string, unknown> }[]>(
      'select payload from events.log where id = ?',
      [eventId],
    );
    expect(event.payload).not.toHaveProperty('traceparent');

    await em().execute('insert into fixture.healed (key) values (?)', [key]);
    await waitFor(async () => (await jobsForEvent(em(), eventId)).length === 0, {
      what: 'the healed job to finish',
      onTick: () => retryNow(em(), eventId),
    });
  });
});
