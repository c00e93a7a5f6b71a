import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { signedInUser, signedInVerifiedUser } from '../../../test/support/accounts/factories';
import {
  DeleteAvatarDocument,
  ListingHostProfileDocument,
  MyAvatarDocument,
  RequestAvatarUploadDocument,
} from '../../../test/support/generated/graphql';
import { present } from '../../../test/support/graphql-client';
import { asHost, createPublishedListing } from '../../../test/support/listings/factories';
import { jpegWithGps, png, pngBomb, putBytes, viaGateway } from '../../../test/support/media/uploads';
import { startTestStack, type TestStack } from '../../../test/support/test-stack';

/** EXIF tag 0x8825 (GPSInfo IFD pointer), as written in a big- or little-endian TIFF header. */
const GPS_TAGS = [Buffer.from([0x88, 0x25]), Buffer.from([0x25, 0x88])];

let stack: TestStack;
let mediaDir: string;

beforeAll(async () => {
  mediaDir = mkdtempSync(join(tmpdir(), 'staygraph-test-avatars-'));
  stack = await startTestStack({ env: { MEDIA_DIR: mediaDir, UPLOAD_MAX_PIXELS: '20000000' } });
});
afterAll(async () => {
  await stack?.stop();
  rmSync(mediaDir, { recursive: true, force: true });
});

const ticket = (token: string) =>
  stack.client.data(RequestAvatarUploadDocument, { token }).then((d) => d.requestAvatarUpload);
const myProfile = (token: string) =>
  stack.client.data(MyAvatarDocument, { token }).then((d) => present(d.me, 'me').profile);
/** The files stored for one upload, by size name. */
const filesOf = (avatarId: string) => {
  const dir = join(mediaDir, 'avatars', avatarId);
  return existsSync(dir) ? readdirSync(dir).sort() : [];
};

async function errorCode(response: Response): Promise<string> {
  const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
  return body.errors[0].extensions.code;
}

/** Uploads `image` as the user's avatar through the gateway; fails the test unless it is accepted. */
async function uploadAvatar(token: string, image: Buffer): Promise<string> {
  const { avatarId, uploadUrl } = await ticket(token);
  const response = await putBytes(viaGateway(stack, uploadUrl), image);
  if (response.status !== 201) throw new Error(`upload refused: ${response.status} ${await response.text()}`);
  return avatarId;
}

describe('an avatar upload', () => {
  it('hands out a signed, short-lived URL under accounts on the public API', async () => {
    const user = await signedInUser(stack.client);
    const { avatarId, uploadUrl, maxPixels } = await ticket(user.token);
    expect(maxPixels).toBe(20_000_000);
    expect(uploadUrl).toMatch(
      new RegExp(`^${stack.config.publicApiUrl}/media/uploads/accounts/${avatarId}\\?expires=\\d+&signature=[\\w-]+$`),
    );
  });

  it('re-encodes a camera JPEG into square WebP sizes without its EXIF, served through the gateway and public', async () => {
    const host = await asHost(
      stack.client,
      await signedInVerifiedUser(stack.client, stack.subgraph('accounts').orm.em.fork()),
    );
    const source = await jpegWithGps(1600, 1200);
    const sourceExif = (await sharp(source).metadata()).exif;
    expect(GPS_TAGS.some((tag) => sourceExif?.includes(tag))).toBe(true);

    const avatarId = await uploadAvatar(host.token, source);

    const profile = await myProfile(host.token);
    expect(profile.avatarSizes.map((s) => s.width)).toEqual([64, 256, 512]);
    expect(profile.avatar).toBe(`${stack.config.publicApiUrl}/media/accounts/avatars/${avatarId}/medium.webp`);
    expect(filesOf(avatarId)).toEqual(['large.webp', 'medium.webp', 'small.webp']);
    for (const size of profile.avatarSizes) {
      const response = await fetch(viaGateway(stack, size.url));
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('image/webp');
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      const served = await sharp(Buffer.from(await response.arrayBuffer())).metadata();
      expect(served).toMatchObject({ format: 'webp', width: size.width, height: size.width });
      expect(served.exif).toBeUndefined();
      expect(served.xmp).toBeUndefined();
    }

    // Anyone sees it, signed in or not.
    const listing = await createPublishedListing(stack.client, host.token);
    const { listing: seen } = await stack.client.data(ListingHostProfileDocument, {
      variables: { listingId: listing.id },
    });
    expect(seen?.host.profile.avatar).toBe(profile.avatar);
  });

  it('never enlarges a small image: its sizes stop at its shorter side', async () => {
    const user = await signedInUser(stack.client);
    await uploadAvatar(user.token, await png(300, 100));
    expect((await myProfile(user.token)).avatarSizes.map((s) => s.width)).toEqual([64, 100]);
  });

  it('sniffs the type from the bytes: a text file named .png is refused, nothing is stored, the URL stays usable', async () => {
    const user = await signedInUser(stack.client);
    const { avatarId, uploadUrl } = await ticket(user.token);
    const refused = await putBytes(viaGateway(stack, uploadUrl), Buffer.from('not an image, just text\n'), {
      'content-type': 'image/png',
      'content-disposition': 'attachment; filename="me.png"',
    });
    expect(refused.status).toBe(415);
    expect(await errorCode(refused)).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(filesOf(avatarId)).toEqual([]);
    expect((await myProfile(user.token)).avatar).toBeNull();

    expect((await putBytes(viaGateway(stack, uploadUrl), await png(80, 80))).status).toBe(201);
    expect((await myProfile(user.token)).avatarSizes.map((s) => s.width)).toEqual([64, 80]);
  });

  it('refuses a decompression bomb from its header, and stores nothing', async () => {
    const user = await signedInUser(stack.client);
    const { avatarId, uploadUrl } = await ticket(user.token);
    const bomb = pngBomb(60_000, 60_000);
    expect(bomb.length).toBeLessThan(1000);
    const response = await putBytes(viaGateway(stack, uploadUrl), bomb, { 'content-type': 'image/png' });
    expect(response.status).toBe(422);
    expect(await errorCode(response)).toBe('IMAGE_TOO_LARGE');
    expect(filesOf(avatarId)).toEqual([]);
    expect((await myProfile(user.token)).avatarSizes).toEqual([]);
  });

  it('works once, and a newer ticket ends an unused older one', async () => {
    const user = await signedInUser(stack.client);
    const first = await ticket(user.token);
    const second = await ticket(user.token);
    const ended = await putBytes(viaGateway(stack, first.uploadUrl), await png(64, 64));
    expect(ended.status).toBe(404);
    expect(await errorCode(ended)).toBe('UPLOAD_NOT_FOUND');
    expect((await putBytes(viaGateway(stack, second.uploadUrl), await png(64, 64))).status).toBe(201);
    const again = await putBytes(viaGateway(stack, second.uploadUrl), await png(64, 64));
    expect(again.status).toBe(409);
    expect(await errorCode(again)).toBe('UPLOAD_ALREADY_USED');
  });
});

describe('replacing and deleting an avatar', () => {
  it('removes the old files when a new avatar replaces it, and the rest on deleteAvatar', async () => {
    const user = await signedInUser(stack.client);
    const first = await uploadAvatar(user.token, await png(600, 600));
    const second = await uploadAvatar(user.token, await png(700, 500));
    expect(filesOf(first)).toEqual([]);
    expect(filesOf(second)).toEqual(['large.webp', 'medium.webp', 'small.webp']);
    expect((await myProfile(user.token)).avatar).toContain(`/avatars/${second}/medium.webp`);

    const { deleteAvatar } = await stack.client.data(DeleteAvatarDocument, { token: user.token });
    expect(deleteAvatar.user.profile.avatar).toBeNull();
    expect(filesOf(second)).toEqual([]);
    expect((await fetch(new URL(`/media/accounts/avatars/${second}/small.webp`, stack.gateway.url))).status).toBe(404);
    const rows = await stack
      .subgraph('accounts')
      .orm.em.fork()
      .execute<{ id: string }[]>('select id from accounts.avatars where user_id = ?', [user.id]);
    expect(rows).toEqual([]);
    // Nothing to delete is not an error.
    expect((await stack.client.data(DeleteAvatarDocument, { token: user.token })).deleteAvatar.user.id).toBe(user.id);
  });

  it('is refused without a token', async () => {
    const result = await stack.client.request(RequestAvatarUploadDocument, {});
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
