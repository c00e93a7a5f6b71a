import { buildSubgraphSchema } from '@apollo/subgraph';
import { graphql, parse, type GraphQLSchema } from 'graphql';
import { UNKNOWN_ID } from './ids';
import { guardInputs, isCleanText } from './input-guard';
import { ValidationError } from './user-error';

const ID = '0190f5a0-0000-7000-8000-000000000001';

const typeDefs = parse(/* GraphQL */ `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key"])

  type Thing @key(fields: "id") {
    id: ID!
    name: String
  }
  type FieldError {
    path: [String!]!
    code: String!
  }
  type ValidationError {
    fieldErrors: [FieldError!]!
  }
  type Done {
    args: String!
  }
  union Result = Done | ValidationError

  input Tag {
    thingId: ID
    label: String
    children: [Tag!]
  }
  input MakeInput {
    thingId: ID!
    title: String!
    tags: [Tag!]
    count: Int
  }

  type Query {
    thing(id: ID!): Thing
    things(ids: [ID!]!): [Thing]!
    echo(text: String!): String
    page(first: Int, after: String): String
    job(id: ID!): String
  }
  type Mutation {
    make(input: MakeInput!, note: String, ownerId: ID): Result!
    plain(input: MakeInput!): String
  }
`);

const things = new Map([[ID, { id: ID, name: 'known' }]]);
const calls: unknown[] = [];

const resolvers = {
  Query: {
    thing: (_: unknown, { id }: { id: string }) => (calls.push(id), things.get(id) ?? null),
    things: (_: unknown, { ids }: { ids: string[] }) => ids.map((id) => things.get(id) ?? null),
    echo: (_: unknown, { text }: { text: string }) => text,
    page: (_: unknown, { after }: { after?: string }) => after ?? null,
    job: (_: unknown, { id }: { id: string }) => id,
  },
  Mutation: {
    make: (_: unknown, args: unknown) => ({ args: JSON.stringify(args) }),
    plain: (_: unknown, args: unknown) => JSON.stringify(args),
  },
  Result: {
    __resolveType: (value: object) => (value instanceof ValidationError ? 'ValidationError' : 'Done'),
  },
  Thing: {
    __resolveReference: (reference: { id: string }) => (calls.push(reference.id), things.get(reference.id) ?? null),
  },
};

function guarded(): GraphQLSchema {
  const schema = buildSubgraphSchema({ typeDefs, resolvers });
  guardInputs(schema, { 'Query.job(id:)': (id) => /^\d+$/.test(id) });
  return schema;
}

const schema = guarded();
const run = async (source: string, variableValues?: Record<string, unknown>) =>
  JSON.parse(JSON.stringify(await graphql({ schema, source, variableValues }))) as {
    data?: Record<string, unknown> | null;
    errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
  };

const MAKE = /* GraphQL */ `
  mutation ($input: MakeInput!, $note: String, $ownerId: ID) {
    make(input: $input, note: $note, ownerId: $ownerId) {
      __typename
      ... on Done {
        args
      }
      ... on ValidationError {
        fieldErrors {
          path
          code
        }
      }
    }
  }
`;

describe('isCleanText', () => {
  it.each(['', 'plain', 'émoji 😀', 'tab\tand\nnewline'])('accepts %p', (text) => expect(isCleanText(text)).toBe(true));
  it.each(['a\u0000b', 'a\uD800b', 'a\uDC00b', 'end\uD83D', '\uDE00start'])('refuses %p', (text) =>
    expect(isCleanText(text)).toBe(false),
  );
});

describe('guardInputs', () => {
  beforeEach(() => (calls.length = 0));

  it('answers a malformed id in a plain argument as an unknown one, without passing it on', async () => {
    expect(await run(`{ thing(id: "not-a-uuid") { id } }`)).toEqual({ data: { thing: null } });
    expect(calls).toEqual([UNKNOWN_ID]);
    expect(await run(`{ thing(id: "${ID}") { name } }`)).toEqual({ data: { thing: { name: 'known' } } });
    expect(await run(`{ things(ids: ["${ID}", "' or 1=1 --", ""]) { name } }`)).toEqual({
      data: { things: [{ name: 'known' }, null, null] },
    });
  });

  it('uses the id format given for a coordinate', async () => {
    expect(await run(`{ job(id: "42") }`)).toEqual({ data: { job: '42' } });
    expect(await run(`{ job(id: "${ID}") }`)).toEqual({ data: { job: UNKNOWN_ID } });
  });

  it('reports malformed ids and unclean text inside inputs as one ValidationError, lists and nesting included', async () => {
    const input = {
      thingId: 'nope',
      title: 'bad\u0000title',
      tags: [{ label: 'fine', children: [{ thingId: ID, label: 'half \uD800' }, { thingId: '1' }] }],
    };
    expect(await run(MAKE, { input, note: 'note\uDC00' })).toEqual({
      data: {
        make: {
          __typename: 'ValidationError',
          fieldErrors: [
            { path: ['input', 'thingId'], code: 'INVALID_ID' },
            { path: ['input', 'title'], code: 'INVALID_CHARACTERS' },
            { path: ['input', 'tags', '0', 'children', '0', 'label'], code: 'INVALID_CHARACTERS' },
            { path: ['input', 'tags', '0', 'children', '1', 'thingId'], code: 'INVALID_ID' },
            { path: ['note'], code: 'INVALID_CHARACTERS' },
          ],
        },
      },
    });
  });

  it('runs a field whose only problem is a plain id argument, with the unknown id', async () => {
    const result = await run(MAKE, { input: { thingId: ID, title: 'ok' }, ownerId: 'nope' });
    const make = result.data?.make as { args: string };
    expect(JSON.parse(make.args)).toEqual({ input: { thingId: ID, title: 'ok' }, ownerId: UNKNOWN_ID });
  });

  it('passes clean arguments through untouched', async () => {
    const input = { thingId: ID, title: 'ok', tags: [{ label: 'a', children: [] }], count: 3 };
    const make = (await run(MAKE, { input, note: null })).data?.make as { args: string };
    expect(JSON.parse(make.args)).toEqual({ input, note: null });
  });

  it('refuses unclean text with BAD_USER_INPUT naming the argument when the field has no ValidationError', async () => {
    const result = await run(`query ($text: String!) { echo(text: $text) }`, { text: 'a\u0000b' });
    expect(result.data).toEqual({ echo: null });
    expect(result.errors).toEqual([
      expect.objectContaining({
        path: ['echo'],
        extensions: {
          code: 'BAD_USER_INPUT',
          argumentName: 'text',
          argumentPath: ['text'],
          reason: 'INVALID_CHARACTERS',
        },
      }),
    ]);
    const nested = await run(`mutation ($input: MakeInput!) { plain(input: $input) }`, {
      input: { thingId: 'nope', title: '\uD800' },
    });
    expect(nested.errors?.[0]?.extensions).toMatchObject({ argumentName: 'input', argumentPath: ['input', 'title'] });
  });

  it('answers a malformed id inside an input like an unknown one when the field has no ValidationError', async () => {
    const result = await run(`mutation ($input: MakeInput!) { plain(input: $input) }`, {
      input: { thingId: 'nope', title: 'ok' },
    });
    expect(JSON.parse(result.data?.plain as string)).toEqual({ input: { thingId: UNKNOWN_ID, title: 'ok' } });
  });

  it('leaves a connection cursor to its codec', async () => {
    expect(await run(`query ($after: String) { page(first: 1, after: $after) }`, { after: 'a\u0000' })).toEqual({
      data: { page: 'a\u0000' },
    });
  });

  it('resolves an entity representation with a malformed id to null, in place', async () => {
    const result = await run(
      `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Thing { name } } }`,
      {
        representations: [
          { __typename: 'Thing', id: 'nope' },
          { __typename: 'Thing', id: ID },
          { __typename: 'Thing', id: 7 },
        ],
      },
    );
    expect(result).toEqual({ data: { _entities: [null, { name: 'known' }, null] } });
    expect(calls).toEqual([ID]);
  });

  it('refuses an id format for a coordinate that does not exist', () => {
    const schema = buildSubgraphSchema({ typeDefs, resolvers });
    expect(() => guardInputs(schema, { 'Query.gone(id:)': () => true })).toThrow(/Query\.gone\(id:\)/);
  });
});
