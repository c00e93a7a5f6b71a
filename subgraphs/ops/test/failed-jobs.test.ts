import { randomUUID } from 'node:crypto';
import { publish } from '../../../platform/events/publish';
import { signedInAdmin, signedInUser } from '../../../test/support/accounts/factories';
import { Happened } from '../../../test/support/fixture-module';
import { jobsForEvent, retryNow } from '../../../test/support/jobs';
import { useStackWithWorker } from '../../../test/support/stack-with-worker';
import { waitFor } from '../../../test/support/wait-for';

import { FailedJobsDocument, RetryFailedJobOutcomeDocument } from '../../../test/support/generated/graphql';
import { codeOf, present } from '../../../test/support/graphql-client';

const running = useStackWithWorker();

const failedJobs = async (token: string, variables: { first: number; after?: string | null }) =>
  (await running.stack.client.data(FailedJobsDocument, { token, variables })).failedJobs;
const retry = async (token: string, id: string) =>
  (await running.stack.client.data(RetryFailedJobOutcomeDocument, { token, variables: { id } })).retryFailedJob;

/** Publishes an event whose reaction fails until healed, and drives it to the dead-letter state. */
async function deadLetter(key: string): Promise<string> {
  const em = running.worker.fixture.em.fork();
  const eventId = await em.transactional((tx) => publish(tx, Happened, { key, amount: 1, mode: 'doomed' }));
  await waitFor(
    async () => (await jobsForEvent(em, eventId)).some((j) => j.attempts >= j.max_attempts && !j.locked_at),
    { onTick: () => retryNow(em, eventId), what: 'the job to use up its attempts' },
  );
  return eventId;
}

describe('failed jobs (dead letters)', () => {
  it('are listed for admins, and a retried job runs again', async () => {
    const key = randomUUID();
    const eventId = await deadLetter(key);
    const admin = await signedInAdmin(running.stack.client, running.worker.fixture.em.fork());

    const listed = await failedJobs(admin.token, { first: 50 });
    const dead = present(
      listed.edges.map((e) => e.node).find((n) => n.payload.eventId === eventId),
      'the dead job',
    );
    expect(dead).toMatchObject({ task: 'event:fixture.fragile_reaction', attempts: 3, maxAttempts: 3 });
    expect(dead.lastError).toContain(`doomed: ${key} is not healed`);

    await running.worker.fixture.em.fork().execute('insert into fixture.healed (key) values (?)', [key]);
    expect(await retry(admin.token, dead.id)).toEqual({
      __typename: 'RetryJobSuccess',
      job: { id: dead.id, attempts: 0 },
    });

    await waitFor(
      async () =>
        (
          await running.worker.fixture.em
            .fork()
            .execute(`select 1 from fixture.effects where source = 'reaction' and key = ?`, [key])
        ).length === 1,
      { what: 'the retried reaction' },
    );
    const after = await failedJobs(admin.token, { first: 50 });
    expect(after.edges.some((e) => e.node.payload.eventId === eventId)).toBe(false);
  });

  it('answer an unknown id with a typed error', async () => {
    const admin = await signedInAdmin(running.stack.client, running.worker.fixture.em.fork());
    for (const id of ['999999999', 'not-a-number']) {
      expect(codeOf(await retry(admin.token, id))).toBe('OPS.FAILED_JOB_NOT_FOUND');
    }
  });

  it('page through with a cursor', async () => {
    await Promise.all([deadLetter(randomUUID()), deadLetter(randomUUID())]);
    const admin = await signedInAdmin(running.stack.client, running.worker.fixture.em.fork());
    const first = await failedJobs(admin.token, { first: 1 });
    expect(first.edges).toHaveLength(1);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await failedJobs(admin.token, { first: 1, after: first.pageInfo.endCursor });
    expect(Number(second.edges[0].node.id)).toBeLessThan(Number(first.edges[0].node.id));
  });

  it('are hidden from everyone but admins', async () => {
    const anonymous = await running.stack.client.request(FailedJobsDocument);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const guest = await signedInUser(running.stack.client);
    const forbidden = await running.stack.client.request(RetryFailedJobOutcomeDocument, {
      token: guest.token,
      variables: { id: '1' },
    });
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
