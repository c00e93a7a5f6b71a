import { PASSWORD, signedInUser, signIn, uniqueEmail } from '../test/support/accounts/factories';
import { LoginDocument, MeDocument, RegisterDocument } from '../test/support/generated/graphql';
import { startProxiedGateway, type ProxiedGateway } from '../test/support/proxied-gateway';
import { startTestStack, type TestStack } from '../test/support/test-stack';
import { waitFor } from '../test/support/wait-for';

let stack: TestStack;
let gateway: ProxiedGateway;

/** Gateway timeouts far apart, so an answer held between them tells a query's from a mutation's. */
const QUERY_TIMEOUT_MS = 1_000;
const MUTATION_TIMEOUT_MS = 20_000;
const BETWEEN_MS = 3_000;

beforeAll(async () => {
  stack = await startTestStack();
  gateway = await startProxiedGateway(stack, {
    ...stack.config,
    gateway: { ...stack.config.gateway, subgraphTimeoutMs: { query: QUERY_TIMEOUT_MS, mutation: MUTATION_TIMEOUT_MS } },
  });
});
afterAll(async () => {
  await gateway?.stop();
  await stack?.stop();
});

const accounts = () => gateway.proxies[stack.subgraphs.findIndex((s) => s.name === 'accounts')];

const registration = () => ({ input: { email: uniqueEmail('timeout'), password: PASSWORD, displayName: 'Slow' } });

/** The sign-in through the undisturbed gateway that proves a registration was (eventually) made. */
const registered = (email: string) =>
  waitFor(
    async () => {
      const { login } = await stack.client.data(LoginDocument, { variables: { input: { email, password: PASSWORD } } });
      return login.__typename === 'LoginSuccess';
    },
    { what: `${email} to be registered` },
  );

afterEach(() => {
  accounts().faults.delayMs = 0;
  accounts().faults.dropAnswers = 0;
});

describe('subgraph calls that time out or lose their connection', () => {
  it('gives a query the short timeout and a retryable unavailable code', async () => {
    const { token } = await signedInUser(stack.client);
    accounts().faults.delayMs = BETWEEN_MS;
    const result = await gateway.client.request(MeDocument, { token });
    expect(result.data?.me ?? null).toBeNull();
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['SUBGRAPH_UNAVAILABLE']);
  });

  it('lets a mutation run longer than a query may', async () => {
    accounts().faults.delayMs = BETWEEN_MS;
    const { register } = await gateway.client.data(RegisterDocument, { variables: registration() });
    expect(register.__typename).toBe('RegisterSuccess');
  });

  it('tells the client a timed-out mutation may have happened, and it did', async () => {
    const slow = await startProxiedGateway(stack, {
      ...stack.config,
      gateway: { ...stack.config.gateway, subgraphTimeoutMs: { query: QUERY_TIMEOUT_MS, mutation: QUERY_TIMEOUT_MS } },
    });
    try {
      const proxy = slow.proxies[stack.subgraphs.findIndex((s) => s.name === 'accounts')];
      proxy.faults.delayMs = BETWEEN_MS;
      const variables = registration();
      const result = await slow.client.request(RegisterDocument, { variables });
      expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['OUTCOME_UNKNOWN']);
      expect(result.errors?.[0].message).toMatch(/may or may not/);
      await registered(variables.input.email);
    } finally {
      await slow.stop();
    }
  });

  it('says outcome unknown, never "try again", when a sent mutation loses its connection', async () => {
    accounts().faults.dropAnswers = 1;
    const variables = registration();
    const result = await gateway.client.request(RegisterDocument, { variables });
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['OUTCOME_UNKNOWN']);
    await registered(variables.input.email);
  });

  it('retries a read once when its connection drops, and answers it', async () => {
    const { token, email } = await signedInUser(stack.client);
    const before = accounts().seen.length;
    accounts().faults.dropAnswers = 1;
    const { me } = await gateway.client.data(MeDocument, { token });
    expect(me?.email).toBe(email);
    expect(accounts().seen.length - before).toBe(2);
  });

  it('does not retry a read twice', async () => {
    const { token } = await signIn(stack.client, (await signedInUser(stack.client)).email);
    accounts().faults.dropAnswers = 2;
    const result = await gateway.client.request(MeDocument, { token });
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['SUBGRAPH_UNAVAILABLE']);
  });
});
