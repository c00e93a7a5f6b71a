import { randomUUID } from 'node:crypto';
import { publish } from '../platform/events/publish';
import { createMailer } from '../platform/runtime/mail/mailer';
import { createLogger } from '../platform/runtime/logger';
import { systemClock } from '../platform/runtime/clock';
import { fixtureModule, Happened } from '../test/support/fixture-module';
import { startTestWorker, type TestWorker } from '../test/support/test-worker';
import { waitFor } from '../test/support/wait-for';
import { replayProjections } from './replay';

let worker: TestWorker;
beforeAll(async () => {
  worker = await startTestWorker();
});
afterAll(() => worker?.stop());

type Tally = { key: string; total: number; events: number };

describe('replaying the event log', () => {
  it('rebuilds a projection to the state live delivery built', async () => {
    const keys = [randomUUID(), randomUUID()];
    const em = worker.fixture.em.fork();
    for (const [i, amount] of [4, 5, 6].entries()) {
      await em.transactional((tx) => publish(tx, Happened, { key: keys[i % 2], amount, mode: 'ok' }));
    }
    const read = async () =>
      em.execute<Tally[]>('select key, total, events from fixture.tallies where key in (?, ?) order by key', keys);
    const live = await waitFor(
      async () => {
        const rows = await read();
        return rows.reduce((n, r) => n + r.events, 0) === 3 && rows;
      },
      { what: 'live delivery' },
    );

    await em.execute('update fixture.tallies set total = -1 where key in (?, ?)', keys);
    const logger = createLogger({ level: 'silent', name: 'replay' });
    const mailer = createMailer({ kind: 'files', dir: worker.config.mail.dir, from: 'test@example.com' }, logger);
    const { events } = await replayProjections(fixtureModule, worker.fixture, {
      mailer,
      logger,
      clock: systemClock,
      config: worker.config,
      attempt: 1,
    });
    mailer.close();

    expect(events).toBeGreaterThanOrEqual(3);
    expect(await read()).toEqual(live);
  });
});
