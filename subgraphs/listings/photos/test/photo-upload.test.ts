import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import sharp from 'sharp';
import { signedInUser, signedInVerifiedUser } from '../../../../test/support/accounts/factories';
import { startTestStack, type TestStack } from '../../../../test/support/test-stack';
import { asHost, createDraft, createPublishedListing } from '../../../../test/support/listings/factories';
import { UploadSigner } from '../../../../platform/media/upload-signature';
import { ListingPhotosDocument, RequestListingPhotoUploadDocument } from '../../../../test/support/generated/graphql';
import { present } from '../../../../test/support/graphql-client';
import { jpegWithGps, png, pngBomb, putBytes, viaGateway } from '../../../../test/support/media/uploads';
import { requestUpload, uploadPhoto, uploadTicket } from './photo-fixtures';

const MAX_BYTES = 1_000_000;
/** EXIF tag 0x8825 (GPSInfo IFD pointer), as written in a big- or little-endian TIFF header. */
const GPS_TAGS = [Buffer.from([0x88, 0x25]), Buffer.from([0x25, 0x88])];

let stack: TestStack;
let mediaDir: string;
let host: { token: string };
let listingId: string;

beforeAll(async () => {
  mediaDir = mkdtempSync(join(tmpdir(), 'staygraph-test-media-'));
  stack = await startTestStack({
    env: { MEDIA_DIR: mediaDir, UPLOAD_MAX_BYTES: String(MAX_BYTES), UPLOAD_MAX_PIXELS: '20000000' },
  });
  host = await asHost(stack.client, await signedInVerifiedUser(stack.client, stack.subgraph('accounts').orm.em.fork()));
  listingId = (await createPublishedListing(stack.client, host.token)).id;
});
afterAll(async () => {
  await stack?.stop();
  rmSync(mediaDir, { recursive: true, force: true });
});

async function errorCode(response: Response): Promise<string> {
  const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
  return body.errors[0].extensions.code;
}

async function freshUrl(): Promise<string> {
  return viaGateway(stack, (await uploadTicket(stack, host.token, listingId)).uploadUrl);
}

describe('a photo upload', () => {
  it('hands out a signed, short-lived URL on the public API', async () => {
    const ticket = await uploadTicket(stack, host.token, listingId);
    expect(ticket).toMatchObject({ maxBytes: MAX_BYTES, maxPixels: 20_000_000 });
    expect(ticket.uploadUrl).toMatch(
      new RegExp(
        `^${stack.config.publicApiUrl}/media/uploads/listings/${ticket.photoId}\\?expires=\\d+&signature=[\\w-]+$`,
      ),
    );
    expect(new Date(ticket.expiresAt).getTime() - Date.now()).toBeGreaterThan(
      (stack.config.media.uploadUrlTtlSeconds - 60) * 1000,
    );
  });

  it('re-encodes a camera JPEG upright into WebP sizes, without its GPS position, under generated names', async () => {
    const source = await jpegWithGps(1600, 1200);
    const sourceExif = (await sharp(source).metadata()).exif;
    expect(GPS_TAGS.some((tag) => sourceExif?.includes(tag))).toBe(true);

    const photoId = await uploadPhoto(stack, host.token, listingId, source, 'Sea view from the balcony');

    const { listing } = await stack.client.data(ListingPhotosDocument, { variables: { id: listingId } });
    const photo = listing?.photos.find((p) => p.id === photoId);
    // EXIF orientation 6: the 1600×1200 sensor image is shown 1200 wide, 1600 high; never upscaled.
    expect(photo).toMatchObject({ altText: 'Sea view from the balcony', width: 1200, height: 1600 });
    expect(photo?.sizes.map((s) => [s.width, s.height])).toEqual([
      [320, 427],
      [960, 1280],
      [1200, 1600],
    ]);
    expect(readdirSync(join(mediaDir, 'photos', photoId)).sort()).toEqual(['large.webp', 'medium.webp', 'small.webp']);

    for (const size of photo?.sizes ?? []) {
      const response = await fetch(viaGateway(stack, size.url));
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('image/webp');
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
      const served = await sharp(Buffer.from(await response.arrayBuffer())).metadata();
      expect(served).toMatchObject({ format: 'webp', width: size.width, height: size.height });
      expect(served.exif).toBeUndefined();
      expect(served.xmp).toBeUndefined();
    }
  });

  it('serves stored files with validators (304) and HEAD, and nothing outside the generated keys', async () => {
    const photoId = await uploadPhoto(stack, host.token, listingId, await png(400, 300));
    const url = viaGateway(stack, `${stack.config.publicApiUrl}/media/listings/photos/${photoId}/small.webp`);
    const first = await fetch(url);
    const etag = first.headers.get('etag');
    expect(etag).toBeTruthy();
    expect((await fetch(url, { headers: { 'if-none-match': etag as string } })).status).toBe(304);
    const head = await fetch(url, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(Number(head.headers.get('content-length'))).toBe((await first.arrayBuffer()).byteLength);
    const outside = [
      `/media/listings/photos/${photoId}/huge.webp`,
      '/media/listings/photos/..%2F..%2Fetc%2Fpasswd',
      '/media/photos/..%2F..%2Fetc%2Fpasswd',
      '/media/uploads',
      // An owner that keeps no media, and one that does not exist.
      `/media/bookings/photos/${photoId}/small.webp`,
      `/media/nobody/photos/${photoId}/small.webp`,
    ];
    for (const path of outside) {
      const response = await fetch(new URL(path, stack.gateway.url));
      expect([path, response.status]).toEqual([path, 404]);
    }
  });

  it('hands out file URLs under the owning subgraph, and still serves those issued before it was in the path', async () => {
    const photoId = await uploadPhoto(stack, host.token, listingId, await png(400, 300));
    const { listing } = await stack.client.data(ListingPhotosDocument, { variables: { id: listingId } });
    const small = present(listing?.photos.find((p) => p.id === photoId)?.sizes[0].url, 'the small size');
    expect(small).toBe(`${stack.config.publicApiUrl}/media/listings/photos/${photoId}/small.webp`);

    const current = await fetch(viaGateway(stack, small));
    const issuedBefore = await fetch(
      viaGateway(stack, `${stack.config.publicApiUrl}/media/photos/${photoId}/small.webp`),
    );
    expect(issuedBefore.status).toBe(200);
    expect(issuedBefore.headers.get('content-type')).toBe('image/webp');
    expect(issuedBefore.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(issuedBefore.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(Buffer.from(await issuedBefore.arrayBuffer())).toEqual(Buffer.from(await current.arrayBuffer()));
  });

  it('sniffs the type from the bytes: a text file named .jpg is refused, and the URL stays usable', async () => {
    const url = await freshUrl();
    const refused = await putBytes(url, Buffer.from('name,price\nbeach house,120\n'), {
      'content-type': 'image/jpeg',
      'content-disposition': 'attachment; filename="photo.jpg"',
    });
    expect(refused.status).toBe(415);
    expect(await errorCode(refused)).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect((await putBytes(url, await png(200, 100), { 'content-type': 'text/plain' })).status).toBe(201);
  });

  it('refuses a decompression bomb from its header, before decoding it', async () => {
    const bomb = pngBomb(60_000, 60_000);
    expect(bomb.length).toBeLessThan(1000);
    const started = Date.now();
    const response = await putBytes(await freshUrl(), bomb, { 'content-type': 'image/png' });
    expect(response.status).toBe(422);
    expect(await errorCode(response)).toBe('IMAGE_TOO_LARGE');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('refuses a body over the size limit with 413, whether its length is declared or not', async () => {
    const url = await freshUrl();
    const declared = await putBytes(url, Buffer.alloc(MAX_BYTES + 1, 1));
    expect(declared.status).toBe(413);
    expect(await errorCode(declared)).toBe('PAYLOAD_TOO_LARGE');

    // Chunked, with no length: the upload stops just past the limit however much more the client sends.
    const endless = Readable.from(
      (function* () {
        for (let i = 0; i < 1000; i += 1) yield Buffer.alloc(64 * 1024, 2);
      })(),
    );
    const streamed = await putBytes(url, Readable.toWeb(endless) as ReadableStream);
    expect(streamed.status).toBe(413);
    expect(await errorCode(streamed)).toBe('PAYLOAD_TOO_LARGE');
    expect((await putBytes(url, await png(120, 80))).status).toBe(201);
  });

  it('works once', async () => {
    const url = await freshUrl();
    expect((await putBytes(url, await png(100, 100))).status).toBe(201);
    const again = await putBytes(url, await png(100, 100));
    expect(again.status).toBe(409);
    expect(await errorCode(again)).toBe('UPLOAD_ALREADY_USED');
  });

  it('refuses an expired URL and a tampered one with 403', async () => {
    const { photoId, uploadUrl } = await uploadTicket(stack, host.token, listingId);
    const signer = new UploadSigner(stack.config.signing.secret as string, 'listings');
    const expired = await putBytes(
      viaGateway(stack, signer.uploadUrl(stack.config.publicApiUrl, photoId, new Date(Date.now() - 1000))),
      await png(50, 50),
    );
    expect(expired.status).toBe(403);
    expect(await errorCode(expired)).toBe('UPLOAD_EXPIRED');

    const url = new URL(viaGateway(stack, uploadUrl));
    const longer = new URL(url);
    longer.searchParams.set('expires', String(Number(url.searchParams.get('expires')) + 86_400));
    const forged = new URL(url);
    forged.searchParams.set('signature', `${url.searchParams.get('signature')?.slice(0, -2)}AA`);
    const otherPhoto = new URL(
      url.toString().replace(photoId, (await uploadTicket(stack, host.token, listingId)).photoId),
    );
    for (const tampered of [longer, forged, otherPhoto]) {
      const response = await putBytes(tampered.toString(), await png(50, 50));
      expect(response.status).toBe(403);
      expect(await errorCode(response)).toBe('INVALID_UPLOAD_SIGNATURE');
    }
    expect((await putBytes(url.toString(), await png(50, 50))).status).toBe(201);
  });

  it('goes to the owner named in its URL: another owner, an unknown one or none is a 404', async () => {
    const { photoId, uploadUrl } = await uploadTicket(stack, host.token, listingId);
    const url = new URL(viaGateway(stack, uploadUrl));
    for (const path of [
      `/media/uploads/bookings/${photoId}`,
      `/media/uploads/nobody/${photoId}`,
      `/media/uploads/${photoId}`,
    ]) {
      const response = await putBytes(new URL(`${path}${url.search}`, url).toString(), await png(50, 50));
      expect([path, response.status]).toEqual([path, 404]);
    }
    expect((await putBytes(url.toString(), await png(50, 50))).status).toBe(201);
  });
});

describe('requestListingPhotoUpload', () => {
  it('answers another host as if the listing did not exist, and refuses guests at the gateway', async () => {
    const other = await asHost(
      stack.client,
      await signedInVerifiedUser(stack.client, stack.subgraph('accounts').orm.em.fork()),
    );
    expect(await requestUpload(stack, other.token, listingId)).toMatchObject({
      __typename: 'ListingNotFoundError',
      code: 'LISTINGS.LISTING_NOT_FOUND',
    });
    expect(await requestUpload(stack, other.token, 'not-a-uuid')).toMatchObject({ code: 'LISTINGS.LISTING_NOT_FOUND' });
    const guest = await signedInUser(stack.client);
    const refused = await stack.client.request(RequestListingPhotoUploadDocument, {
      token: guest.token,
      variables: { listingId, altText: 'x' },
    });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('validates the alt text', async () => {
    expect(await requestUpload(stack, host.token, listingId, '   ')).toMatchObject({
      __typename: 'ValidationError',
      fieldErrors: [{ path: ['altText'], code: 'TOO_SHORT' }],
    });
    expect(await requestUpload(stack, host.token, listingId, 'x'.repeat(251))).toMatchObject({
      fieldErrors: [{ path: ['altText'], code: 'TOO_LONG' }],
    });
  });

  it('stops at 30 photos per listing, open upload URLs included', async () => {
    const draft = await createDraft(stack.client, host.token);
    const em = stack.subgraph('listings').orm.em.fork();
    const expiresAt = new Date(Date.now() + 600_000);
    await em.execute(
      `insert into listings.listing_photos (id, listing_id, status, position, alt_text, upload_expires_at, created_at, updated_at)
       select gen_random_uuid(), ?, 'PENDING', 0, 'pending', ?, now(), now() from generate_series(1, 30)`,
      [draft.id, expiresAt],
    );
    expect(await requestUpload(stack, host.token, draft.id)).toMatchObject({
      __typename: 'TooManyPhotosError',
      code: 'LISTINGS.TOO_MANY_PHOTOS',
      limit: 30,
    });
    // Expired URLs no longer hold a place.
    await em.execute(
      `update listings.listing_photos set upload_expires_at = now() - interval '1 minute' where listing_id = ?`,
      [draft.id],
    );
    expect(await requestUpload(stack, host.token, draft.id)).toMatchObject({ __typename: 'PhotoUploadTicket' });
  });
});
