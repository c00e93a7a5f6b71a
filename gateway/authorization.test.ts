import { readFileSync } from 'node:fs';
import { buildSchema } from 'graphql';
import { signedInUser } from '../test/support/accounts/factories';
import { MeDocument } from '../test/support/generated/graphql';
import type { GraphQLClient } from '../test/support/graphql-client';
import { startProxiedGateway, type ProxiedGateway } from '../test/support/proxied-gateway';
import { startTestStack, type TestStack } from '../test/support/test-stack';
import { SUPERGRAPH_PATH } from './supergraph-path';
import { permissions } from './permissions';

describe('the permission map', () => {
  const supergraph = buildSchema(readFileSync(SUPERGRAPH_PATH, 'utf8'), { assumeValidSDL: true });

  it.each(['Query', 'Mutation'] as const)(
    'has a rule for every %s field of the supergraph, and no other',
    (typeName) => {
      const rootType = typeName === 'Query' ? supergraph.getQueryType() : supergraph.getMutationType();
      expect(Object.keys(permissions[typeName]).sort()).toEqual(Object.keys(rootType?.getFields() ?? {}).sort());
    },
  );
});

describe('gateway authorization', () => {
  let stack: TestStack;
  let proxied: ProxiedGateway;
  let client: GraphQLClient;
  const subgraphCalls = () => proxied.subgraphCalls();

  beforeAll(async () => {
    stack = await startTestStack();
    proxied = await startProxiedGateway(stack);
    client = proxied.client;
  });
  afterAll(async () => {
    await proxied?.stop();
    await stack?.stop();
  });

  it('refuses an anonymous caller with UNAUTHENTICATED (401) before asking any subgraph', async () => {
    const before = subgraphCalls();
    const result = await client.request(MeDocument);
    expect(result.status).toBe(401);
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(result.data).toBeUndefined();
    expect(subgraphCalls()).toBe(before);
  });

  // Raw documents: each reaches the field another way (alias, inline fragment, named fragment).
  it('refuses a signed-in guest an admin field with FORBIDDEN (403), however the field is reached', async () => {
    const { token } = await signedInUser(stack.client);
    const before = subgraphCalls();
    for (const query of [
      '{ failedJobs { edges { cursor } } }',
      '{ jobs: failedJobs { edges { cursor } } }',
      '{ ... on Query { failedJobs { edges { cursor } } } }',
      'query { ...Dead } fragment Dead on Query { failedJobs { edges { cursor } } }',
    ]) {
      const result = await client.request(query, { token });
      expect({ query, status: result.status, code: result.errors?.[0]?.extensions?.code }).toEqual({
        query,
        status: 403,
        code: 'FORBIDDEN',
      });
    }
    expect(subgraphCalls()).toBe(before);
  });

  it('refuses the whole operation when one of its root fields is refused', async () => {
    const { token } = await signedInUser(stack.client);
    const before = subgraphCalls();
    const result = await client.request('{ me { id } failedJobs { edges { cursor } } }', { token });
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(subgraphCalls()).toBe(before);
  });

  it('lets allowed operations through', async () => {
    const { token, id } = await signedInUser(stack.client);
    const { me } = await client.data(MeDocument, { token });
    expect(me?.id).toBe(id);
  });
});
