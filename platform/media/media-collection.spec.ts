import { allMediaKeys, defineMediaCollection, isMediaKey, mediaKey, plannedSizes } from './media-collection';

const ID = '01936d2c-7f3a-7c1e-9d4b-2a5e8f1c3b7d';
const PHOTOS = defineMediaCollection({
  owner: 'listings',
  folder: 'photos',
  sizes: [
    { name: 'small', width: 320 },
    { name: 'medium', width: 960 },
    { name: 'large', width: 1920 },
  ],
});

describe('plannedSizes', () => {
  it.each([
    [4000, [320, 960, 1920]],
    [1920, [320, 960, 1920]],
    [1000, [320, 960, 1000]],
    [960, [320, 960]],
    [500, [320, 500]],
    [320, [320]],
    [200, [200]],
  ])('never upscales an image %i pixels wide', (width, expected) => {
    expect(plannedSizes(PHOTOS.sizes, width).map((s) => s.width)).toEqual(expected);
  });
});

describe('media keys', () => {
  it('are generated from the folder, the record id and the size only', () => {
    expect(mediaKey(PHOTOS, ID, 'medium')).toBe(`photos/${ID}/medium.webp`);
    expect(allMediaKeys(PHOTOS, ID)).toHaveLength(3);
  });

  it.each([`photos/${ID}/large.webp`, `photos/${ID}/small.webp`])('accepts %s', (key) => {
    expect(isMediaKey(PHOTOS, key)).toBe(true);
  });

  it.each([
    `photos/${ID}/../../../etc/passwd`,
    `photos/${ID}/huge.webp`,
    `photos/${ID}/small.webp.partial`,
    'photos/x/small.webp',
    `/photos/${ID}/small.webp`,
    `avatars/${ID}/small.webp`,
  ])('refuses %s', (key) => {
    expect(isMediaKey(PHOTOS, key)).toBe(false);
  });
});

describe('defineMediaCollection', () => {
  it('refuses sizes that do not grow and names that could leave their folder', () => {
    const sizes = [{ name: 'small', width: 320 }];
    expect(() =>
      defineMediaCollection({ owner: 'accounts', folder: 'avatars', sizes: [...sizes, { name: 'tiny', width: 100 }] }),
    ).toThrow(/grow/);
    expect(() => defineMediaCollection({ owner: 'accounts', folder: '../avatars', sizes })).toThrow(/names/);
    expect(() => defineMediaCollection({ owner: 'accounts', folder: 'avatars', sizes: [] })).toThrow(/sizes/);
  });
});
