import { deflateSync } from 'node:zlib';
import sharp from 'sharp';
import type { TestStack } from '../test-stack';

/** URLs handed to clients name the configured public origin; tests reach the same path on their own gateway. */
export function viaGateway(stack: TestStack, url: string): string {
  const { pathname, search } = new URL(url);
  return new URL(`${pathname}${search}`, stack.gateway.url).toString();
}

export function putBytes(
  url: string,
  body: Buffer | ReadableStream,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(url, {
    method: 'PUT',
    body,
    headers: { 'content-type': 'image/jpeg', ...headers },
    duplex: 'half',
  } as RequestInit);
}

/** A camera-like JPEG: EXIF says "rotate 90°" and carries a GPS position, as phones write them. */
export function jpegWithGps(width: number, height: number, colour = '#336699'): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: colour } })
    .jpeg()
    .withMetadata({ orientation: 6 })
    .withExif({
      IFD0: { Make: 'PhoneCam' },
      IFD3: { GPSLatitudeRef: 'S', GPSLatitude: '4/1 19/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '39/1 34/1 0/1' },
    })
    .toBuffer();
}

export function png(width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#aa7733' } })
    .png()
    .toBuffer();
}

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k += 1) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A few hundred bytes whose header claims width×height RGB pixels: decoding it would need gigabytes. */
export function pngBomb(width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // truecolour
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.alloc(4096))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
