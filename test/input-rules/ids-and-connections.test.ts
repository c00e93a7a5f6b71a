import { randomUUID } from 'node:crypto';
import { signedInAdmin, signedInUser, signedInVerifiedUser, signIn } from '../support/accounts/factories';
import {
  accountsEm,
  fieldErrors,
  FUTURE,
  OUTCOME,
  send,
  stack,
  useInputRulesStack,
  USER_ERROR,
} from '../support/input-rules';
import { asHost, createDraft } from '../support/listings/factories';

/** Input rules (README, "Input rules") on references, through the gateway: malformed ids, and cursors and page sizes on every connection. */

useInputRulesStack();

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
