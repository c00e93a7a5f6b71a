import { randomUUID } from 'node:crypto';
import { publish } from '../../../platform/events/publish';
import { signedInAdmin, signedInUser } from '../../../test/support/accounts/factories';
import { Happened } from '../../../test/support/fixture-module';
import { jobsForEvent, retryNow } from '../../../test/support/jobs';
import { useStackWithWorker } from '../../../test/support/stack-with-worker';
import { waitFor } from '../../../test/support/wait-for';

const FAILED_JOBS = /* GraphQL */ `
  query FailedJobs($first: Int, $after: String) {
    failedJobs(first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          task
          payload
          attempts
          maxAttempts
          lastError
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;
const RETRY = /* GraphQL */ `
  mutation Retry($id: ID!) {
    retryFailedJob(id: $id) {
      __typename
      ... on RetryJobSuccess {
        job {
          id
          attempts
        }
      }
      ... on UserError {
        code
      }
    }
  }
`;
type FailedJobsData = {
  failedJobs: {
    edges: {
      cursor: string;
      node: {
        id: string;
        task: string;
        payload: { eventId?: string };
        attempts: number;
        maxAttempts: number;
        lastError: string;
      };
    }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

const running = useStackWithWorker();

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

    const { failedJobs } = await running.stack.client.data<FailedJobsData>(FAILED_JOBS, {
      token: admin.token,
      variables: { first: 50 },
    });
    const dead = failedJobs.edges.map((e) => e.node).find((n) => n.payload.eventId === eventId);
    expect(dead).toMatchObject({ task: 'event:fixture.fragile_reaction', attempts: 3, maxAttempts: 3 });
    expect(dead?.lastError).toContain(`doomed: ${key} is not healed`);

    await running.worker.fixture.em.fork().execute('insert into fixture.healed (key) values (?)', [key]);
    const { retryFailedJob } = await running.stack.client.data<{
      retryFailedJob: { __typename: string; job: { attempts: number } };
    }>(RETRY, {
      token: admin.token,
      variables: { id: dead?.id },
    });
    expect(retryFailedJob).toEqual({ __typename: 'RetryJobSuccess', job: { id: dead?.id, attempts: 0 } });

    await waitFor(
      async () =>
        (
          await running.worker.fixture.em
            .fork()
            .execute(`select 1 from fixture.effects where source = 'reaction' and key = ?`, [key])
        ).length === 1,
      { what: 'the retried reaction' },
    );
    const after = await running.stack.client.data<FailedJobsData>(FAILED_JOBS, {
      token: admin.token,
      variables: { first: 50 },
    });
    expect(after.failedJobs.edges.some((e) => e.node.payload.eventId === eventId)).toBe(false);
  });

  it('answer an unknown id with a typed error', async () => {
    const admin = await signedInAdmin(running.stack.client, running.worker.fixture.em.fork());
    for (const id of ['999999999', 'not-a-number']) {
      const { retryFailedJob } = await running.stack.client.data<{ retryFailedJob: { code: string } }>(RETRY, {
        token: admin.token,
        variables: { id },
      });
      expect(retryFailedJob.code).toBe('OPS.FAILED_JOB_NOT_FOUND');
    }
  });

  it('page through with a cursor', async () => {
    await Promise.all([deadLetter(randomUUID()), deadLetter(randomUUID())]);
    const admin = await signedInAdmin(running.stack.client, running.worker.fixture.em.fork());
    const first = await running.stack.client.data<FailedJobsData>(FAILED_JOBS, {
      token: admin.token,
      variables: { first: 1 },
    });
    expect(first.failedJobs.edges).toHaveLength(1);
    expect(first.failedJobs.pageInfo.hasNextPage).toBe(true);
    const second = await running.stack.client.data<FailedJobsData>(FAILED_JOBS, {
      token: admin.token,
      variables: { first: 1, after: first.failedJobs.pageInfo.endCursor },
    });
    expect(Number(second.failedJobs.edges[0].node.id)).toBeLessThan(Number(first.failedJobs.edges[0].node.id));
  });

  it('are hidden from everyone but admins', async () => {
    const anonymous = await running.stack.client.request(FAILED_JOBS);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const guest = await signedInUser(running.stack.client);
    const forbidden = await running.stack.client.request(RETRY, { token: guest.token, variables: { id: '1' } });
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
