import { z } from 'zod';
import { CursorCodec } from './cursor';
import { MAX_PAGE_SIZE, readPage, toConnection } from './pagination';

const codec = new CursorCodec('Query.things', z.uuid());
const ID = '0190f5a0-0000-7000-8000-000000000001';

const refusal = (argumentName: string, reason: string) =>
  expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', argumentName, reason } });

describe('readPage', () => {
  it('defaults the page size and decodes the cursor', () => {
    expect(readPage({}, codec)).toEqual({ first: 20, after: null });
    expect(readPage({ first: 5, after: codec.encode(ID) }, codec)).toEqual({ first: 5, after: ID });
  });

  it('allows the maximum page size', () => {
    expect(readPage({ first: MAX_PAGE_SIZE }, codec).first).toBe(MAX_PAGE_SIZE);
  });

  it.each([0, -1, MAX_PAGE_SIZE + 1, 2.5])('refuses first = %p as PAGE_SIZE_OUT_OF_RANGE', (first) => {
    expect(() => readPage({ first }, codec)).toThrow(refusal('first', 'PAGE_SIZE_OUT_OF_RANGE'));
  });

  it.each(['', 'abc', 'not a cursor', codec.encode(ID, 'another parent')])(
    'refuses after = %p as INVALID_CURSOR',
    (after) => {
      expect(() => readPage({ after }, codec)).toThrow(refusal('after', 'INVALID_CURSOR'));
    },
  );
});

describe('toConnection', () => {
  it('gives every node its cursor and the page its ends', () => {
    const connection = toConnection(
      [{ id: 'a' }, { id: 'b' }],
      { hasNextPage: true, hasPreviousPage: false },
      (n) => n.id,
    );
    expect(connection).toEqual({
      edges: [
        { node: { id: 'a' }, cursor: 'a' },
        { node: { id: 'b' }, cursor: 'b' },
      ],
      pageInfo: { hasNextPage: true, hasPreviousPage: false, startCursor: 'a', endCursor: 'b' },
    });
    expect(toConnection([], { hasNextPage: false, hasPreviousPage: true }, String).pageInfo).toMatchObject({
      startCursor: null,
      endCursor: null,
    });
  });
});
