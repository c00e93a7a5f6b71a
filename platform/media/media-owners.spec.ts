import { MEDIA_OWNERS, mediaOwnersOf, mediaTarget } from './media-owners';

const ID = '01936d2c-7f3a-7c1e-9d4b-2a5e8f1c3b7d';
const OWNERS = [
  { name: 'listings', folder: 'photos' },
  { name: 'accounts', folder: 'avatars' },
];
const entry = (name: string, folder?: string) => ({
  name,
  url: `http://${name}:4000/graphql`,
  port: 4000,
  ...(folder ? { media: { folder } } : {}),
});

describe('mediaTarget', () => {
  it.each([
    ['GET', `/media/listings/photos/${ID}/small.webp`, 'listings', `/media/listings/photos/${ID}/small.webp`],
    ['GET', `/media/accounts/avatars/${ID}/small.webp?v=1`, 'accounts', `/media/accounts/avatars/${ID}/small.webp?v=1`],
    [
      'PUT',
      `/media/uploads/listings/${ID}?expires=1&signature=x`,
      'listings',
      `/media/uploads/listings/${ID}?expires=1&signature=x`,
    ],
    // Issued before the owner was part of the path: the folder names it.
    ['GET', `/media/photos/${ID}/small.webp`, 'listings', `/media/listings/photos/${ID}/small.webp`],
    ['GET', '/media/photos/..%2F..%2Fetc%2Fpasswd', 'listings', '/media/listings/photos/..%2F..%2Fetc%2Fpasswd'],
  ])('%s %s goes to %s as %s', (method, path, owner, forwarded) => {
    expect(mediaTarget(method, path, OWNERS)).toEqual({ owner, path: forwarded });
  });

  it.each([
    ['GET', `/media/bookings/photos/${ID}/small.webp`],
    ['GET', '/media/listings'],
    ['GET', '/media/uploads'],
    ['GET', `/media/uploads/listings/${ID}`],
    ['GET', `/media/listings/../accounts/avatars/${ID}/small.webp`],
    ['PUT', `/media/listings/photos/${ID}/small.webp`],
    ['PUT', `/media/uploads/${ID}`],
    ['PUT', `/media/uploads/bookings/${ID}`],
    ['PUT', `/media/uploads/listings/${ID}/more`],
    ['GET', `/elsewhere/listings/photos/${ID}/small.webp`],
  ])('%s %s goes nowhere (404)', (method, path) => {
    expect(mediaTarget(method, path, OWNERS)).toBeNull();
  });
});

describe('media owners', () => {
  it('are the subgraphs of schema/subgraphs.json that name a media folder', () => {
    expect(MEDIA_OWNERS).toContainEqual({ name: 'listings', folder: 'photos' });
    expect(mediaOwnersOf([entry('accounts'), entry('listings', 'photos')])).toEqual([
      { name: 'listings', folder: 'photos' },
    ]);
  });

  it('refuse a folder or owner name that another one, or the upload path, already takes', () => {
    expect(() => mediaOwnersOf([entry('listings', 'photos'), entry('accounts', 'photos')])).toThrow(/photos/);
    expect(() => mediaOwnersOf([entry('listings', 'accounts'), entry('accounts', 'avatars')])).toThrow(/accounts/);
    expect(() => mediaOwnersOf([entry('listings', 'uploads')])).toThrow(/uploads/);
  });
});
