import { startTestStack, type TestStack } from '../test/support/test-stack';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack?.stop());

describe('introspection the query planner cannot answer (development)', () => {
  it('refuses __Type.isOneOf as a validation error, not an internal one', async () => {
    const result = await stack.client.request('{ __type(name: "RegisterInput") { name isOneOf } }');
    expect(result.status).toBe(400);
    expect(result.errors).toEqual([
      expect.objectContaining({
        message: 'Introspection field "isOneOf" on type "__Type" is not supported here.',
        extensions: expect.objectContaining({ code: 'GRAPHQL_VALIDATION_FAILED' }),
      }),
    ]);
  });

  it('still answers the introspection fields the planner knows', async () => {
    const { data, errors } = await stack.client.request<{ __type: { name: string; kind: string } }>(
      '{ __type(name: "RegisterInput") { name kind inputFields(includeDeprecated: true) { name } specifiedByURL } }',
    );
    expect(errors).toBeUndefined();
    expect(data?.__type).toMatchObject({ name: 'RegisterInput', kind: 'INPUT_OBJECT' });
  });
});
