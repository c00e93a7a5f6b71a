import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { PASSWORD, signedInUser, uniqueEmail } from './support/accounts/factories';
import { MeDocument, RegisterDocument, SearchListingsDocument } from './support/generated/graphql';
import { startTestStack, type TestStack } from './support/test-stack';

/** What a client may get when the database drops its connections: never INTERNAL_SERVER_ERROR. */
const TYPED = new Set(['SUBGRAPH_UNAVAILABLE', 'OUTCOME_UNKNOWN']);

let stack: TestStack;
let admin: Client;
/** Names this stack's connections, so only they are ended: other test files share the database. */
const APPLICATION = `faults-${randomUUID()}`;

beforeAll(async () => {
  // pg's default application_name; this file's jest worker is its own process.
  process.env.PGAPPNAME = APPLICATION;
  stack = await startTestStack();
  admin = new Client({ connectionString: process.env.DATABASE_URL, application_name: 'faults-admin' });
  await admin.connect();
});
afterAll(async () => {
  await admin?.end();
  await stack?.stop();
});

/** Ends every backend of this stack, as a PostgreSQL restart or an operator would. */
async function terminateBackends(): Promise<number> {
  const { rows } = await admin.query<{ ended: boolean }>(
    `select pg_terminate_backend(pid) as ended from pg_stat_activity where application_name = $1`,
    [APPLICATION],
  );
  return rows.filter((row) => row.ended).length;
}

describe('PostgreSQL connections dropped mid-traffic', () => {
  it('answers every request with its data or a typed error, and serves again afterwards', async () => {
    const { token } = await signedInUser(stack.client);
    let traffic = true;
    let terminated = 0;
    const killer = (async () => {
      while (traffic) terminated += await terminateBackends();
    })();
    const codes: string[] = [];
    let answered = 0;
    for (let round = 0; round < 6; round += 1) {
      const requests = [
        ...Array.from({ length: 4 }, () => stack.client.request(MeDocument, { token })),
        ...Array.from({ length: 4 }, () =>
          stack.client.request(SearchListingsDocument, { token, variables: { filter: { guests: 2 }, first: 5 } }),
        ),
        ...Array.from({ length: 2 }, () =>
          stack.client.request(RegisterDocument, {
            variables: { input: { email: uniqueEmail('fault'), password: PASSWORD, displayName: 'Fault' } },
          }),
        ),
      ];
      for (const result of await Promise.all(requests)) {
        answered += 1;
        for (const error of result.errors ?? []) codes.push(String(error.extensions?.code));
      }
    }
    traffic = false;
    await killer;

    expect(terminated).toBeGreaterThan(0);
    expect(answered).toBe(60);
    expect(codes.filter((code) => !TYPED.has(code))).toEqual([]);
    const { me } = await stack.client.data(MeDocument, { token });
    expect(me?.id).toBeDefined();
  });
});
