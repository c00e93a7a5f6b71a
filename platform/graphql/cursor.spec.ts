import { createHmac } from 'node:crypto';
import { z } from 'zod';
import { CursorCodec, useCursorSecret } from './cursor';

const ID = '0190f5a0-0000-7000-8000-000000000001';
const byId = new CursorCodec('User.bookings', z.uuid());
const byTimeAndId = new CursorCodec('Query.mySessions', z.tuple([z.iso.datetime(), z.uuid()]));

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('CursorCodec', () => {
  it('reads back what it wrote, for the same connection and scope', () => {
    expect(byId.decode(byId.encode(ID, 'user-1'), 'user-1')).toBe(ID);
    const position: [string, string] = ['2027-03-01T10:00:00.000Z', ID];
    expect(byTimeAndId.decode(byTimeAndId.encode(position))).toEqual(position);
  });

  it('writes opaque base64url', () => {
    expect(byId.encode(ID)).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(byId.encode(ID)).not.toContain(ID);
  });

  it('refuses a cursor of another connection or another scope', () => {
    const other = new CursorCodec('Listing.bookings', z.uuid());
    expect(other.decode(byId.encode(ID))).toBeNull();
    expect(byId.decode(byId.encode(ID, 'user-1'), 'user-2')).toBeNull();
  });

  it.each([
    ['empty', ''],
    ['not base64url', 'a+b/c=='],
    ['NUL', 'abc\u0000def'],
    ['lone surrogate', 'abc\uD800'],
    ['too short', 'AAAA'],
    ['too long', 'A'.repeat(10_000)],
    ['unsigned JSON', base64url([1, ID])],
    ['a MikroORM cursor', base64url([ID])],
    ['a JSON object', base64url({ id: 'not-a-uuid', admin: true })],
  ])('refuses %s', (_, cursor) => {
    expect(byId.decode(cursor)).toBeNull();
  });

  it('refuses a signed position that does not fit the schema, and another version', () => {
    useCursorSecret('a known secret');
    const key = createHmac('sha256', 'a known secret').update('staygraph cursor v1').digest();
    const signed = (json: string) =>
      Buffer.concat([
        createHmac('sha256', key).update(`User.bookings\n\n${json}`).digest().subarray(0, 16),
        Buffer.from(json),
      ]).toString('base64url');
    expect(byId.decode(signed(JSON.stringify([1, ID])))).toBe(ID);
    expect(byId.decode(signed(JSON.stringify([1, 'not-a-uuid'])))).toBeNull();
    expect(byId.decode(signed(JSON.stringify([2, ID])))).toBeNull();
    expect(byId.decode(signed('{not json'))).toBeNull();
  });

  it('refuses cursors signed with another secret', () => {
    useCursorSecret('one secret');
    const cursor = byId.encode(ID);
    useCursorSecret('another secret');
    expect(byId.decode(cursor)).toBeNull();
  });
});
