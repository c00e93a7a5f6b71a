import type { GraphQLResponse } from './graphql-client';
import { startTestStack, type TestStack } from './test-stack';

/** Shared setup of the input-rules tests (test/input-rules/): one stack per test file, and the helpers. */

export let stack: TestStack;

/** Starts this test file's stack before its tests and stops it after; `stack` is set from then on. */
export function useInputRulesStack(): void {
  beforeAll(async () => {
    stack = await startTestStack({
      env: {
        RATE_LIMIT_OPERATIONS: '10000',
        RATE_LIMIT_MUTATIONS: '10000',
        RATE_LIMIT_AUTH: '10000',
        REGISTER_MAX_PER_IP: '10000',
      },
    });
  });
  afterAll(async () => {
    await stack?.stop();
  });
}

export type Response = GraphQLResponse<Record<string, unknown>>;

export const accountsEm = () => stack.subgraph('accounts').orm.em.fork();

export async function send(query: string, variables?: Record<string, unknown>, token?: string): Promise<Response> {
  const response = await stack.client.request(query, { variables, token });
  expect(response.errors?.map((e) => e.extensions?.code) ?? []).not.toContain('INTERNAL_SERVER_ERROR');
  expect(JSON.stringify(response)).not.toMatch(/\b(select|insert|update|delete)\b.+\b(from|into|set|where)\b/i);
  return response;
}

export const fieldErrors = (response: Response, field: string) =>
  (response.data?.[field] as { fieldErrors?: { path: string[]; code: string }[] } | undefined)?.fieldErrors;

export const USER_ERROR = '__typename ... on UserError { code }';
export const OUTCOME = `${USER_ERROR} ... on ValidationError { fieldErrors { path code } }`;

export const FUTURE = '2030-01-05';
