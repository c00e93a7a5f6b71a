import sharp, { type ResizeOptions } from 'sharp';
import { plannedSizes, type MediaSize } from './media-collection';

/** What sharp's header sniffing reports for the formats we take (AVIF and HEIC both report `heif`). */
const ACCEPTED_FORMATS = new Set(['jpeg', 'png', 'webp', 'heif']);

export type Inspection = { ok: true; format: string } | { ok: false; reason: 'unsupported' | 'too_many_pixels' };

export interface RenderedSize<Name extends string = string> {
  name: Name;
  width: number;
  height: number;
  data: Buffer;
}

/**
 * Sniffs the format from the bytes and judges the dimensions the header claims, before any pixel
 * is decoded: a small file claiming 60000×60000 pixels (a decompression bomb) stops here.
 */
export async function inspectImage(bytes: Buffer, maxPixels: number): Promise<Inspection> {
  // Only the header is read; the pixel limit applies in renderSizes, where the image is decoded.
  const metadata = await sharp(bytes, { limitInputPixels: false })
    .metadata()
    .catch(() => null);
  if (!metadata) return { ok: false, reason: 'unsupported' };
  const { format, width, height } = metadata;
  if (!format || !ACCEPTED_FORMATS.has(format) || !width || !height) return { ok: false, reason: 'unsupported' };
  if (width * height > maxPixels) return { ok: false, reason: 'too_many_pixels' };
  return { ok: true, format };
}

/**
 * Decodes once (still bounded by `maxPixels`), turns the image upright from its EXIF orientation,
 * shrinks it to the largest size (cut to the centred square for a square collection, keeping the raw pixels small) and encodes each planned size as WebP. sharp writes no metadata unless asked, so EXIF (GPS,
 * camera serials), XMP and ICC data are gone.
 */
export async function renderSizes<Name extends string>(
  bytes: Buffer,
  maxPixels: number,
  sizes: readonly MediaSize<Name>[],
  shape?: 'square',
): Promise<RenderedSize<Name>[]> {
  const largest = sizes[sizes.length - 1].width;
  const upright = await sharp(bytes, { limitInputPixels: maxPixels })
    .rotate()
    .resize(shape === 'square' ? await squareOf(bytes, largest) : { width: largest, withoutEnlargement: true })
    .raw()
    .toBuffer({ resolveWithObject: true });
  const raw = { width: upright.info.width, height: upright.info.height, channels: upright.info.channels };
  return Promise.all(
    plannedSizes(sizes, raw.width).map(async (size) => {
      const { data, info } = await sharp(upright.data, { raw, limitInputPixels: maxPixels })
        .resize({ width: size.width, withoutEnlargement: true })
        .webp({ quality: 82 })
        .toBuffer({ resolveWithObject: true });
      return { name: size.name, width: info.width, height: info.height, data };
    }),
  );
}

/** The centred square, no wider than `largest` nor than the shorter side (which EXIF rotation does not change). */
async function squareOf(bytes: Buffer, largest: number): Promise<ResizeOptions> {
  const { width = largest, height = largest } = await sharp(bytes, { limitInputPixels: false }).metadata();
  const side = Math.min(largest, width, height);
  return { width: side, height: side, fit: 'cover', position: 'centre' };
}
