import { createHash, randomUUID } from 'node:crypto';
import { signedInVerifiedUser } from '../support/accounts/factories';
import {
  accountsEm,
  fieldErrors,
  FUTURE,
  OUTCOME,
  send,
  stack,
  useInputRulesStack,
  type Response,
} from '../support/input-rules';
import { asHost, listingInput } from '../support/listings/factories';

/**
 * Input rules (README, "Input rules") on values, through the gateway, on every domain: strict dates, and text
 * without a NUL or an unpaired surrogate (with the token limit and automatic persisted queries).
 */

useInputRulesStack();

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
