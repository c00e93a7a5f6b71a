import { allPhotoKeys, isPhotoKey, photoKey, plannedSizes } from './photo-keys';

const ID = '01936d2c-7f3a-7c1e-9d4b-2a5e8f1c3b7d';

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
    expect(plannedSizes(width).map((s) => s.width)).toEqual(expected);
  });
});

describe('photo keys', () => {
  it('are generated from the photo id and size only', () => {
    expect(photoKey(ID, 'medium')).toBe(`photos/${ID}/medium.webp`);
    expect(allPhotoKeys(ID)).toHaveLength(3);
  });

  it.each([`photos/${ID}/large.webp`, `photos/${ID}/small.webp`])('accepts %s', (key) => {
    expect(isPhotoKey(key)).toBe(true);
  });

  it.each([`photos/${ID}/../../../etc/passwd`, `photos/${ID}/huge.webp`, `photos/${ID}/small.webp.partial`, 'photos/x/small.webp', `/photos/${ID}/small.webp`])(
    'refuses %s',
    (key) => {
      expect(isPhotoKey(key)).toBe(false);
    },
  );
});
