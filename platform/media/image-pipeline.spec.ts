import sharp from 'sharp';
import { renderSizes } from './image-pipeline';

const SIZES = [
  { name: 'small', width: 64 },
  { name: 'medium', width: 256 },
] as const;

const image = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: '#225588' } })
    .png()
    .toBuffer();

const dimensions = async (bytes: Buffer) => {
  const { width, height } = await sharp(bytes).metadata();
  return [width, height];
};

describe('renderSizes', () => {
  it('keeps the proportions by default', async () => {
    const sizes = await renderSizes(await image(600, 300), 1_000_000, SIZES);
    expect(await Promise.all(sizes.map((s) => dimensions(s.data)))).toEqual([
      [64, 32],
      [256, 128],
    ]);
  });

  it('cuts each size to the centred square for a square collection, never wider than the shorter side', async () => {
    const wide = await renderSizes(await image(600, 300), 1_000_000, SIZES, 'square');
    expect(await Promise.all(wide.map((s) => dimensions(s.data)))).toEqual([
      [64, 64],
      [256, 256],
    ]);
    const small = await renderSizes(await image(300, 100), 1_000_000, SIZES, 'square');
    expect(small.map((s) => [s.name, s.width, s.height])).toEqual([
      ['small', 64, 64],
      ['medium', 100, 100],
    ]);
  });
});
