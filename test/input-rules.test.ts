import { createHash, randomUUID } from 'node:crypto';
import { signedInAdmin, signedInUser, signedInVerifiedUser, signIn } from './support/accounts/factories';
import type { GraphQLResponse } from './support/graphql-client';
import { asHost, createDraft, listingInput } from './support/listings/factories';
import { startTestStack, type TestStack } from './support/test-stack';

/** The input rules of the README ("Input rules"), through the gateway, on every domain. */

let stack: TestStack;
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

type Response = GraphQLResponse<Record<string, unknown>>;

const accountsEm = () => stack.subgraph('accounts').orm.em.fork();

async function send(query: string, variables?: Record<string, unknown>, token?: string): Promise<Response> {
  const response = await stack.client.request(query, { variables, token });
  expect(response.errors?.map((e) => e.extensions?.code) ?? []).not.toContain('INTERNAL_SERVER_ERROR');
  expect(JSON.stringify(response)).not.toMatch(/\b(select|insert|update|delete)\b.+\b(from|into|set|where)\b/i);
  return response;
}

const fieldErrors = (response: Response, field: string) =>
  (response.data?.[field] as { fieldErrors?: { path: string[]; code: string }[] } | undefined)?.fieldErrors;

const USER_ERROR = '__typename ... on UserError { code }';
const OUTCOME = `${USER_ERROR} ... on ValidationError { fieldErrors { path code } }`;

const FUTURE = '2030-01-05';
const IMPOSSIBLE_DATES = [
  '2027-02-30',
  '2027-13-01',
  '2027-1-1',
  'tomorrow',
  '0000-00-00',
  '99999-01-01',
  '0000-01-01',
];
const BAD_TEXT: [string, string][] = [
  ['a NUL', 'before\u0000after'],
  ['a lone high surrogate', 'before\uD800after'],
  ['a lone low surrogate', '\uDC00after'],
];

describe('impossible dates', () => {
  const listingId = randomUUID();
  const byVariable: [string, string, (date: string) => Record<string, unknown>][] = [
    [
      'quote',
      `query ($listingId: ID!, $d: LocalDate!) { quote(listingId: $listingId, checkIn: $d, checkOut: "${FUTURE}", guests: 1) { __typename } }`,
      (d) => ({ listingId, d }),
    ],
    [
      'createBooking',
      `mutation ($input: CreateBookingInput!) { createBooking(input: $input) { __typename } }`,
      (d) => ({ input: { listingId, checkIn: d, checkOut: FUTURE, guests: 1, idempotencyKey: randomUUID() } }),
    ],
    [
      'calendar',
      `query ($id: ID!, $d: LocalDate!) { listing(id: $id) { calendar(from: $d, to: "${FUTURE}") { version } } }`,
      (d) => ({ id: listingId, d }),
    ],
    [
      'availability',
      `query ($id: ID!, $d: LocalDate!) { listing(id: $id) { availability(from: "2030-01-01", to: $d) { date } } }`,
      (d) => ({ id: listingId, d }),
    ],
    [
      'blockDates',
      `mutation ($input: BlockDatesInput!) { blockDates(input: $input) { __typename } }`,
      (d) => ({ input: { listingId, expectedVersion: 1, from: '2030-01-01', to: d } }),
    ],
  ];

  it.each(
    byVariable.flatMap(([name, query, variables]) => IMPOSSIBLE_DATES.map((d) => [name, d, query, variables] as const)),
  )('in %s, %p as a variable is BAD_USER_INPUT before any subgraph is called', async (_, date, query, variables) => {
    const response = await send(query, variables(date));
    expect(response.status).toBe(400);
    expect(response.data).toBeUndefined();
    expect(response.errors).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/YYYY-MM-DD/), extensions: { code: 'BAD_USER_INPUT' } }),
    ]);
  });

  it.each(IMPOSSIBLE_DATES)('%p written in the document fails validation with the same message', async (date) => {
    for (const query of [
      `{ quote(listingId: "${listingId}", checkIn: "${date}", checkOut: "${FUTURE}", guests: 1) { __typename } }`,
      `{ listing(id: "${listingId}") { calendar(from: "2030-01-01", to: "${date}") { version } } }`,
    ]) {
      const response = await send(query);
      expect(response.status).toBe(400);
      expect(response.errors).toEqual([
        expect.objectContaining({
          message: expect.stringMatching(/YYYY-MM-DD/),
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
        }),
      ]);
    }
  });
});

describe('text with a NUL or an unpaired surrogate', () => {
  let verified: Awaited<ReturnType<typeof signedInVerifiedUser>>;
  let host: Awaited<ReturnType<typeof signedInVerifiedUser>>;
  beforeAll(async () => {
    verified = await signedInVerifiedUser(stack.client, accountsEm());
    host = await asHost(stack.client, await signedInVerifiedUser(stack.client, accountsEm()));
  });

  it.each(BAD_TEXT)('is a ValidationError (INVALID_CHARACTERS) on register and login, with %s', async (_, bad) => {
    const register = await send(`mutation ($input: RegisterInput!) { register(input: $input) { ${OUTCOME} } }`, {
      input: { email: `x${bad}@example.com`, password: `correct horse ${bad}`, displayName: bad },
    });
    expect(fieldErrors(register, 'register')).toEqual([
      { path: ['input', 'email'], code: 'INVALID_CHARACTERS' },
      { path: ['input', 'password'], code: 'INVALID_CHARACTERS' },
      { path: ['input', 'displayName'], code: 'INVALID_CHARACTERS' },
    ]);
    const login = await send(`mutation ($input: LoginInput!) { login(input: $input) { ${OUTCOME} } }`, {
      input: { email: `${verified.email}${bad}`, password: bad },
    });
    expect(fieldErrors(login, 'login')).toEqual([
      { path: ['input', 'email'], code: 'INVALID_CHARACTERS' },
      { path: ['input', 'password'], code: 'INVALID_CHARACTERS' },
    ]);
  });

  it.each(BAD_TEXT)(
    'is a ValidationError in search, listing, booking and host profile inputs, with %s',
    async (_, bad) => {
      const search = await send(`query ($q: String) { searchListings(filter: { query: $q }) { ${OUTCOME} } }`, {
        q: bad,
      });
      expect(fieldErrors(search, 'searchListings')).toEqual([
        { path: ['filter', 'query'], code: 'INVALID_CHARACTERS' },
      ]);

      const listing = await send(
        `mutation ($input: CreateListingInput!) { createListing(input: $input) { ${OUTCOME} } }`,
        { input: listingInput({ title: `Flat ${bad}` }) },
        host.token,
      );
      expect(fieldErrors(listing, 'createListing')).toEqual([{ path: ['input', 'title'], code: 'INVALID_CHARACTERS' }]);

      const booking = await send(
        `mutation ($input: CreateBookingInput!) { createBooking(input: $input) { ${OUTCOME} } }`,
        {
          input: {
            listingId: randomUUID(),
            checkIn: '2030-01-01',
            checkOut: FUTURE,
            guests: 1,
            idempotencyKey: `key-${bad}-${randomUUID()}`,
            message: `Hello ${bad}`,
          },
        },
        verified.token,
      );
      expect(fieldErrors(booking, 'createBooking')).toEqual([
        { path: ['input', 'idempotencyKey'], code: 'INVALID_CHARACTERS' },
        { path: ['input', 'message'], code: 'INVALID_CHARACTERS' },
      ]);

      const profile = await send(
        `mutation ($input: HostProfileInput!) { becomeHost(input: $input) { ${OUTCOME} } }`,
        {
          input: {
            displayName: bad,
            about: 'Places by the sea.',
            languages: ['en', bad],
            responseTimeTarget: 'WITHIN_A_DAY',
          },
        },
        verified.token,
      );
      expect(fieldErrors(profile, 'becomeHost')).toEqual([
        { path: ['input', 'displayName'], code: 'INVALID_CHARACTERS' },
        { path: ['input', 'languages', '1'], code: 'INVALID_CHARACTERS' },
      ]);
    },
  );

  it('is a ValidationError in a plain argument when the result has one, and otherwise BAD_USER_INPUT naming the argument', async () => {
    const decline = await send(
      `mutation ($id: ID!, $reason: String) { declineBooking(id: $id, reason: $reason) { ${OUTCOME} } }`,
      { id: randomUUID(), reason: 'no\u0000' },
      host.token,
    );
    expect(fieldErrors(decline, 'declineBooking')).toEqual([{ path: ['reason'], code: 'INVALID_CHARACTERS' }]);

    const verify = await send(`mutation ($token: String!) { verifyEmail(token: $token) { __typename } }`, {
      token: 'abc\uD800',
    });
    expect(verify.errors).toEqual([
      expect.objectContaining({
        path: ['verifyEmail'],
        extensions: expect.objectContaining({
          code: 'BAD_USER_INPUT',
          argumentName: 'token',
          argumentPath: ['token'],
          reason: 'INVALID_CHARACTERS',
        }),
      }),
    ]);
  });

  it('is refused the same way when written in the document; a raw one, like any syntax error, is a 400', async () => {
    const inline = await send(`{ searchListings(filter: { query: "a\\u0000b" }) { ${OUTCOME} } }`);
    expect(fieldErrors(inline, 'searchListings')).toEqual([{ path: ['filter', 'query'], code: 'INVALID_CHARACTERS' }]);
    const raw = await send(`{ searchListings(filter: { query: "a\uD800b" }) { __typename } }`);
    expect(raw.status).toBe(400);
    expect(raw.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    const tooLong = await send(`{${' a'.repeat(stack.config.gateway.limits.tokens)} }`);
    expect(tooLong.status).toBe(400);
    expect(tooLong.errors?.[0]?.extensions?.code).toBe('MAX_TOKENS_EXCEEDED');
  });

  it('does not trouble the gateway when it comes as an automatically persisted query', async () => {
    const query = `query ($q: String) { searchListings(filter: { query: $q }) { ${OUTCOME} } }`;
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const response = await fetch(stack.client.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query,
        variables: { q: '\u0000\uD800' },
        extensions: { persistedQuery: { version: 1, sha256Hash } },
      }),
    });
    const body = (await response.json()) as Response;
    expect(fieldErrors(body, 'searchListings')).toEqual([{ path: ['filter', 'query'], code: 'INVALID_CHARACTERS' }]);
  });
});

describe('malformed ids', () => {
  const MALFORMED = ['not-a-uuid', '', "' OR 1=1 --", `${randomUUID()}\u0000`, '\uD800', '99999999999999999999', '-1'];

  it.each(MALFORMED)('%p in a plain argument answers exactly like an unknown id', async (id) => {
    const user = await signedInUser(stack.client);
    const revoke = `mutation ($id: ID!) { revokeSession(id: $id) { ${USER_ERROR} } }`;
    const unknown = await send(revoke, { id: randomUUID() }, user.token);
    expect(unknown.data).toEqual({ revokeSession: { __typename: 'SessionNotFoundError', code: expect.any(String) } });
    expect(await send(revoke, { id }, user.token)).toMatchObject({ status: 200, data: unknown.data });

    const reads = `query ($id: ID!) { listing(id: $id) { id } booking(id: $id) { id } }`;
    expect((await send(reads, { id }, user.token)).data).toEqual({ listing: null, booking: null });

    const accept = `mutation ($id: ID!) { acceptBooking(id: $id) { ${OUTCOME} } }`;
    const unknownBooking = await send(accept, { id: randomUUID() }, user.token);
    expect((await send(accept, { id }, user.token)).data).toEqual(unknownBooking.data);
  });

  it('answers `revokeSession(id: "not-a-uuid")` written in the document like an unknown session', async () => {
    const user = await signedInUser(stack.client);
    const response = await send(
      `mutation { revokeSession(id: "not-a-uuid") { ${USER_ERROR} } }`,
      undefined,
      user.token,
    );
    expect(response.data).toEqual({ revokeSession: { __typename: 'SessionNotFoundError', code: expect.any(String) } });
  });

  it('inside an input object is a ValidationError (INVALID_ID) at its path', async () => {
    const host = await asHost(stack.client, await signedInVerifiedUser(stack.client, accountsEm()));
    const booking = await send(
      `mutation ($input: CreateBookingInput!) { createBooking(input: $input) { ${OUTCOME} } }`,
      {
        input: {
          listingId: 'not-a-uuid',
          checkIn: '2030-01-01',
          checkOut: FUTURE,
          guests: 1,
          idempotencyKey: randomUUID(),
        },
      },
      host.token,
    );
    expect(fieldErrors(booking, 'createBooking')).toEqual([{ path: ['input', 'listingId'], code: 'INVALID_ID' }]);
    const block = await send(
      `mutation ($input: BlockDatesInput!) { blockDates(input: $input) { ${OUTCOME} } }`,
      { input: { listingId: "' or 1=1 --", expectedVersion: 1, from: '2030-01-01', to: FUTURE } },
      host.token,
    );
    expect(fieldErrors(block, 'blockDates')).toEqual([{ path: ['input', 'listingId'], code: 'INVALID_ID' }]);
  });
});

describe('connection arguments', () => {
  const PAGE = '($first: Int, $after: String)';
  const ARGS = '(first: $first, after: $after)';
  const EDGES = '{ edges { cursor } pageInfo { endCursor } }';
  let user: Awaited<ReturnType<typeof signedInVerifiedUser>>;
  let admin: Awaited<ReturnType<typeof signedInAdmin>>;
  let listingId: string;
  let sessionCursor: string;
  let listingsCursor: string;

  beforeAll(async () => {
    user = await asHost(stack.client, await signedInVerifiedUser(stack.client, accountsEm()));
    await signIn(stack.client, user.email);
    admin = await signedInAdmin(stack.client, accountsEm());
    listingId = (await createDraft(stack.client, user.token)).id;
    await createDraft(stack.client, user.token);
    const first = await stack.client.data<{
      mySessions: { pageInfo: { endCursor: string } };
      me: { listings: { pageInfo: { endCursor: string } } };
    }>(`query { mySessions(first: 1) ${EDGES} me { listings(first: 1) ${EDGES} } }`, { token: user.token });
    sessionCursor = first.mySessions.pageInfo.endCursor;
    listingsCursor = first.me.listings.pageInfo.endCursor;
  });

  const connections: {
    name: string;
    query: string;
    path: string[];
    variables?: () => Record<string, unknown>;
    token: () => string;
  }[] = [
    {
      name: 'mySessions',
      query: `query ${PAGE} { mySessions${ARGS} ${EDGES} }`,
      path: ['mySessions'],
      token: () => user.token,
    },
    {
      name: 'User.bookings',
      query: `query ${PAGE} { me { id bookings${ARGS} ${EDGES} } }`,
      path: ['me', 'bookings'],
      token: () => user.token,
    },
    {
      name: 'User.listings',
      query: `query ${PAGE} { me { id listings${ARGS} ${EDGES} } }`,
      path: ['me', 'listings'],
      token: () => user.token,
    },
    {
      name: 'Listing.bookings',
      query: `query ($id: ID!, $first: Int, $after: String) { listing(id: $id) { id bookings${ARGS} ${EDGES} } }`,
      path: ['listing', 'bookings'],
      variables: () => ({ id: listingId }),
      token: () => user.token,
    },
    {
      name: 'failedJobs',
      query: `query ${PAGE} { failedJobs${ARGS} ${EDGES} }`,
      path: ['failedJobs'],
      token: () => admin.token,
    },
    {
      name: 'searchListings',
      query: `query ${PAGE} { searchListings${ARGS} { __typename ... on ListingSearchConnection ${EDGES} } }`,
      path: ['searchListings'],
      token: () => user.token,
    },
  ];

  const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const badCursors: [string, () => string][] = [
    ['malformed', () => 'abc'],
    ['empty', () => ''],
    ['random base64', () => Buffer.from(randomUUID()).toString('base64')],
    ['with a NUL', () => 'abc\u0000'],
    ['forged (unsigned MikroORM keyset)', () => base64url([randomUUID()])],
    ['forged (unsigned platform shape)', () => base64url([1, randomUUID()])],
    ['from another connection', () => sessionCursor],
  ];

  const refusal = (path: string[], argumentName: string, reason: string) => [
    expect.objectContaining({
      path,
      extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', argumentName, reason }),
    }),
  ];

  it.each(connections.flatMap((c) => badCursors.map(([kind, cursor]) => [c.name, kind, c, cursor] as const)))(
    '%s refuses a %s cursor as INVALID_CURSOR at its path',
    async (name, _, connection, cursor) => {
      const after = name === 'mySessions' && cursor() === sessionCursor ? listingsCursor : cursor();
      const response = await send(connection.query, { ...connection.variables?.(), after }, connection.token());
      expect(response.errors).toEqual(refusal(connection.path, 'after', 'INVALID_CURSOR'));
    },
  );

  it.each(connections.flatMap((c) => [0, -1, 51].map((first) => [c.name, first, c] as const)))(
    '%s refuses first = %p as PAGE_SIZE_OUT_OF_RANGE at its path',
    async (_, first, connection) => {
      const response = await send(connection.query, { ...connection.variables?.(), first }, connection.token());
      expect(response.errors).toEqual(refusal(connection.path, 'first', 'PAGE_SIZE_OUT_OF_RANGE'));
    },
  );

  it('keeps the rest of the response where the schema allows it', async () => {
    const response = await send(`query ${PAGE} { me { id bookings${ARGS} ${EDGES} } }`, { after: 'abc' }, user.token);
    expect(response.data).toEqual({ me: { id: user.id, bookings: null } });
  });

  it('refuses a cursor of the same list for another parent', async () => {
    const other = await asHost(stack.client, await signedInVerifiedUser(stack.client, accountsEm()));
    await createDraft(stack.client, other.token);
    const response = await send(
      `query ${PAGE} { me { id listings${ARGS} ${EDGES} } }`,
      { after: listingsCursor },
      other.token,
    );
    expect(response.errors).toEqual(refusal(['me', 'listings'], 'after', 'INVALID_CURSOR'));
  });

  it('pages on with the cursors it issues', async () => {
    const next = await stack.client.data<{
      mySessions: { edges: unknown[] };
      me: { listings: { edges: unknown[]; pageInfo: { endCursor: string } } };
    }>(
      `query ($s: String, $l: String) { mySessions(first: 1, after: $s) ${EDGES} me { listings(first: 1, after: $l) ${EDGES} } }`,
      {
        token: user.token,
        variables: { s: sessionCursor, l: listingsCursor },
      },
    );
    expect(next.mySessions.edges).toHaveLength(1);
    expect(next.me.listings.edges).toHaveLength(1);
  });
});
