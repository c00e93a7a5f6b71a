import type { RemoteGraphQLDataSource } from '@apollo/gateway';
import { inFlightDedup } from './in-flight-dedup';

type Fetch = NonNullable<NonNullable<ConstructorParameters<typeof RemoteGraphQLDataSource>[0]>['fetcher']>;

const URL = 'http://listings:4002/graphql';
const QUERY = JSON.stringify({
  query: 'query Search__listings__0{searchListings{__typename}}',
  variables: { first: 5 },
});
const MUTATION = JSON.stringify({ query: 'mutation Register__accounts__0{register{__typename}}' });

/** A subgraph whose answers wait until the test releases them, counting the calls it got. */
function heldSubgraph() {
  const calls: string[] = [];
  const pending: (() => void)[] = [];
  const fetcher: Fetch = async (_url, init) => {
    calls.push(init?.headers?.authorization ?? 'anonymous');
    await new Promise<void>((resolve) => pending.push(resolve));
    return new Response(JSON.stringify({ data: { n: calls.length } }), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    });
  };
  return { calls, fetcher, release: () => pending.splice(0).forEach((resolve) => resolve()) };
}

const post = (body: string, authorization?: string) => ({
  method: 'POST',
  body,
  headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
});

describe('inFlightDedup', () => {
  it('sends identical reads in flight together once, and gives each caller its own answer', async () => {
    const subgraph = heldSubgraph();
    const fetch = inFlightDedup(subgraph.fetcher);
    const answers = [fetch(URL, post(QUERY)), fetch(URL, post(QUERY)), fetch(URL, post(QUERY))];
    await new Promise((resolve) => setImmediate(resolve));
    subgraph.release();
    const bodies = await Promise.all((await Promise.all(answers)).map((answer) => answer.json()));
    expect(subgraph.calls).toHaveLength(1);
    expect(bodies).toEqual([{ data: { n: 1 } }, { data: { n: 1 } }, { data: { n: 1 } }]);
    expect(bodies[0]).not.toBe(bodies[1]);
  });

  it('never merges two viewers, nor a viewer with an anonymous caller', async () => {
    const subgraph = heldSubgraph();
    const fetch = inFlightDedup(subgraph.fetcher);
    const answers = [
      fetch(URL, post(QUERY, 'Bearer ann')),
      fetch(URL, post(QUERY, 'Bearer bob')),
      fetch(URL, post(QUERY)),
    ];
    await new Promise((resolve) => setImmediate(resolve));
    subgraph.release();
    await Promise.all(answers);
    expect(subgraph.calls).toEqual(['Bearer ann', 'Bearer bob', 'anonymous']);
  });

  it('never merges mutations', async () => {
    const subgraph = heldSubgraph();
    const fetch = inFlightDedup(subgraph.fetcher);
    const answers = [fetch(URL, post(MUTATION)), fetch(URL, post(MUTATION))];
    await new Promise((resolve) => setImmediate(resolve));
    subgraph.release();
    await Promise.all(answers);
    expect(subgraph.calls).toHaveLength(2);
  });

  it('keeps nothing once the answer is in', async () => {
    const subgraph = heldSubgraph();
    const fetch = inFlightDedup(subgraph.fetcher);
    const first = fetch(URL, post(QUERY));
    await new Promise((resolve) => setImmediate(resolve));
    subgraph.release();
    await first;
    const second = fetch(URL, post(QUERY));
    await new Promise((resolve) => setImmediate(resolve));
    subgraph.release();
    expect(await (await second).json()).toEqual({ data: { n: 2 } });
  });
});
